using MemoryPack;

namespace Multiprocessing.Tests.Targets;

/// <summary>
/// A <c>[MemoryPackable]</c> record: it travels in MemoryPack's format, not the SDK's. It has the shapes MemoryPack
/// users have (nested lists, dictionaries, arrays, an enum, nullables), and an <see cref="IReadOnlyList{T}"/>, which the
/// SDK's own format refuses (MP0102) but MemoryPack carries.
/// </summary>
[MemoryPackable]
public sealed partial record PackedOrder
{
    /// <summary>The order number.</summary>
    public int Id { get; init; }

    /// <summary>Who ordered.</summary>
    public string Customer { get; init; } = "";

    /// <summary>Nested lists.</summary>
    public List<List<int>> Batches { get; init; } = [];

    /// <summary>A dictionary of lists.</summary>
    public Dictionary<string, List<double>> Prices { get; init; } = [];

    /// <summary>An array.</summary>
    public long[] Codes { get; init; } = [];

    /// <summary>An enum.</summary>
    public PackedOrderState State { get; init; }

    /// <summary>A nullable value.</summary>
    public int? Discount { get; init; }

    /// <summary>A nullable reference.</summary>
    public string? Note { get; init; }

    /// <summary>A read-only list (an interface: MemoryPack's format, not the SDK's).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The process that last touched it.</summary>
    public int Pid { get; init; }
}
