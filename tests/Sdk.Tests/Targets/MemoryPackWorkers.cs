namespace Multiprocessing.Tests.Targets;

/// <summary>Targets whose parameters and results are <c>[MemoryPackable]</c> types (MemoryPack's format on the wire).</summary>
public static class MemoryPackWorkers
{
    /// <summary>Ships an order in the child: a changed copy, stamped with the child's pid.</summary>
    [ProcessTarget]
    public static PackedOrder Ship(PackedOrder order) => Shipped(order);

    /// <summary>Ships the order it takes from <paramref name="input"/> and sends it back through <paramref name="output"/>.</summary>
    [ProcessTarget]
    public static void Forward(ProcessQueue<PackedOrder> input, Connection<PackedOrder> output) =>
        output.Send(Shipped(input.Get(timeout: TimeSpan.FromSeconds(30))));

    /// <summary>Stores the shipped order in a manager's dictionary and value.</summary>
    [ProcessTarget]
    public static void Store(ManagedDictionary<string, PackedOrder> orders, ManagedValue<PackedOrder?> last, PackedOrder order)
    {
        var shipped = Shipped(order);
        orders["shipped"] = shipped;
        last.Value = shipped;
    }

    /// <summary>Reads, as version 2, the profile that a version 1 writer put in the queue named <paramref name="queueName"/>.</summary>
    [ProcessTarget]
    public static PackedProfileV2 ReadAsV2(string queueName)
    {
        using var queue = ProcessQueue<PackedProfileV2>.Attach(queueName);
        return queue.Get(timeout: TimeSpan.FromSeconds(30));
    }

    /// <summary>Puts a version 2 profile in the queue named <paramref name="queueName"/>, for a version 1 reader.</summary>
    [ProcessTarget]
    public static void WriteV2(string queueName, PackedProfileV2 profile)
    {
        using var queue = ProcessQueue<PackedProfileV2>.Attach(queueName);
        queue.Put(profile);
    }

    /// <summary>Version 1's side: echoes a profile (its signature makes the generator emit version 1's marshaller).</summary>
    [ProcessTarget]
    public static PackedProfileV1 EchoV1(PackedProfileV1 profile) => profile;

    /// <summary>Walks a graph that may have a cycle and returns it; the names it saw, in order, are in the result's first name.</summary>
    [ProcessTarget]
    public static PackedNode Walk(PackedNode start)
    {
        var names = new List<string>();
        var seen = new HashSet<PackedNode>(ReferenceEqualityComparer.Instance);
        for (var node = start; node is not null && seen.Add(node); node = node.Next)
        {
            names.Add(node.Name);
        }

        start.Name = string.Join(">", names);
        return start;
    }

    private static PackedOrder Shipped(PackedOrder order) => order with
    {
        State = PackedOrderState.Shipped,
        Batches = [.. order.Batches, [Environment.ProcessId]],
        Tags = [.. order.Tags, "shipped"],
        Pid = Environment.ProcessId,
    };
}
