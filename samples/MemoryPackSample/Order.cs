using MemoryPack;

/// <summary>
/// An order, as an app that already uses MemoryPack has it: <c>[MemoryPackable]</c>, with an
/// <see cref="IReadOnlyList{T}"/> (which the SDK's own format does not carry, and MemoryPack does).
/// </summary>
[MemoryPackable]
internal sealed partial record Order
{
    /// <summary>The order number.</summary>
    public int Id { get; init; }

    /// <summary>Who ordered.</summary>
    public string Customer { get; init; } = "";

    /// <summary>What was ordered.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];

    /// <summary>Stock codes by item.</summary>
    public Dictionary<string, int[]> Codes { get; init; } = [];

    /// <summary>Where it is.</summary>
    public OrderState State { get; init; }

    /// <summary>A discount in percent, if any.</summary>
    public int? Discount { get; init; }

    /// <summary>The worker that shipped it.</summary>
    public int ShippedBy { get; init; }
}
