using Multiprocessing;

/// <summary>The targets: they take and return <c>[MemoryPackable]</c> types.</summary>
internal static class Shop
{
    /// <summary>Ships an order in a child process.</summary>
    [ProcessTarget]
    public static Order Ship(Order order) => order with { State = OrderState.Shipped, ShippedBy = Environment.ProcessId };

    /// <summary>The order's total after its discount.</summary>
    [ProcessTarget]
    public static decimal Total(Order order) =>
        order.Lines.Sum(l => l.Count * l.Price) * (100 - (order.Discount ?? 0)) / 100;
}
