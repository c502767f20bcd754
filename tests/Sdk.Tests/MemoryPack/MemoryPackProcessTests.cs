using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.MemoryPack;

/// <summary>
/// <c>[MemoryPackable]</c> types travel in MemoryPack's format through every path a value takes between real processes:
/// a child's argument and result, a pool's tasks, a queue, a pipe, a manager's proxies; MemoryPack's version-tolerant
/// and circular-reference modes pass through.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MemoryPackProcessTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    private static PackedOrder Order(int id) => new()
    {
        Id = id,
        Customer = "Ann " + id,
        Batches = [[1, 2], [], [3]],
        Prices = new() { ["tea"] = [1.5, 2.25], ["none"] = [] },
        Codes = [long.MaxValue, -1, id],
        State = PackedOrderState.Open,
        Discount = id % 2 == 0 ? null : 15,
        Note = id % 2 == 0 ? "fragile" : null,
        Tags = ["a", "b"],
    };

    private static void AssertShipped(PackedOrder sent, PackedOrder received, int pid)
    {
        Assert.Equal(sent.Id, received.Id);
        Assert.Equal(sent.Customer, received.Customer);
        Assert.Equal([.. sent.Batches, [pid]], received.Batches);
        Assert.Equal(sent.Prices.Keys.Order(), received.Prices.Keys.Order());
        foreach (var (key, prices) in sent.Prices)
        {
            Assert.Equal(prices, received.Prices[key]);
        }

        Assert.Equal(sent.Codes, received.Codes);
        Assert.Equal(PackedOrderState.Shipped, received.State);
        Assert.Equal(sent.Discount, received.Discount);
        Assert.Equal(sent.Note, received.Note);
        Assert.Equal([.. sent.Tags, "shipped"], received.Tags);
        Assert.Equal(pid, received.Pid);
    }

    [Fact]
    public void The_generated_marshaller_writes_a_length_prefix_and_MemoryPacks_own_bytes()
    {
        var order = Order(1);
        var writer = new MarshalWriter();
        Marshaller<PackedOrder>.Default.Write(writer, order);
        byte[] memoryPack = global::MemoryPack.MemoryPackSerializer.Serialize(order);
        Assert.Equal(memoryPack.Length, BitConverter.ToInt32(writer.WrittenSpan));
        Assert.Equal(memoryPack, writer.WrittenSpan[sizeof(int)..].ToArray());

        var reader = new MarshalReader(writer.WrittenSpan);
        var back = Marshaller<PackedOrder>.Default.Read(ref reader);
        reader.EnsureEnd("the order");
        Assert.Equal(order.Tags, back!.Tags);
        Assert.Equal(order.Batches, back.Batches);
    }

    [Fact]
    public void A_child_takes_and_returns_a_MemoryPack_record()
    {
        var order = Order(1);
        using var p = ChildProcess.Create(MemoryPackWorkers.Ship, order);
        p.Start();
        Assert.True(p.Join(Patience), "the child did not exit in time");
        Assert.Null(p.Exception);
        Assert.NotEqual(Environment.ProcessId, p.Pid);
        AssertShipped(order, p.Result, p.Pid!.Value);
    }

    [Fact]
    public async Task A_pool_applies_and_maps_over_MemoryPack_records()
    {
        await using var pool = new ProcessPool(2);
        var order = Order(2);
        var shipped = pool.Apply(MemoryPackWorkers.Ship, order);
        Assert.Contains(shipped.Pid, pool.WorkerPids);
        AssertShipped(order, shipped, shipped.Pid);

        var orders = Enumerable.Range(0, 20).Select(Order).ToList();
        var results = pool.Map(MemoryPackWorkers.Ship, orders);
        Assert.Equal(orders.Count, results.Length);
        for (int i = 0; i < orders.Count; i++)
        {
            AssertShipped(orders[i], results[i], results[i].Pid);
        }

        var later = await pool.ApplyAsync(MemoryPackWorkers.Ship, Order(3));
        Assert.Equal(3, later.Id);
    }

    [Fact]
    public void A_MemoryPack_record_goes_through_a_queue_to_a_child_and_back_through_a_pipe()
    {
        using var queue = ProcessQueue<PackedOrder>.Create();
        var (parentEnd, childEnd) = ProcessPipe.Create<PackedOrder>();
        using (parentEnd)
        {
            using var child = ChildProcess.Create(MemoryPackWorkers.Forward, (queue, childEnd));
            child.Start();
            childEnd.Close();
            var order = Order(4);
            queue.Put(order);
            Assert.True(parentEnd.Poll(Patience), "nothing came back through the pipe");
            AssertShipped(order, parentEnd.Recv(), child.Pid!.Value);
            Assert.True(child.Join(Patience));
            Assert.Equal(0, child.ExitCode);
        }
    }

    [Fact]
    public async Task A_manager_holds_MemoryPack_records_for_its_proxies()
    {
        await using var manager = await ProcessManager.StartAsync();
        var orders = manager.CreateDictionary<string, PackedOrder>();
        var last = manager.CreateValue<PackedOrder?>(null);
        var order = Order(5);
        orders["open"] = order;

        using var child = ChildProcess.Create(MemoryPackWorkers.Store, (orders, last, order));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Null(child.Exception);
        AssertShipped(order, orders["shipped"], child.Pid!.Value);
        AssertShipped(order, last.Value!, child.Pid!.Value);
        Assert.Equal(PackedOrderState.Open, orders["open"].State);
    }

    [Fact]
    public void A_version_1_writer_and_a_version_2_reader_understand_each_other()
    {
        // The parent's queue is version 1's; the child attaches to the same queue as version 2's. Each side's bytes
        // are written and read by its own generated marshaller, in two processes.
        using var queue = ProcessQueue<PackedProfileV1>.Create();
        queue.Put(new PackedProfileV1 { Id = 7, Name = "old writer" });
        using (var reader = ChildProcess.Create(MemoryPackWorkers.ReadAsV2, queue.Name))
        {
            reader.Start();
            Assert.True(reader.Join(Patience));
            Assert.Null(reader.Exception);
            Assert.Equal(new PackedProfileV2 { Id = 7, Name = "old writer", Email = null }, reader.Result);
        }

        // And the other way: an old reader skips the member it does not know.
        using (var writer = ChildProcess.Create(MemoryPackWorkers.WriteV2, (queue.Name, new PackedProfileV2 { Id = 8, Name = "new writer", Email = "n@example.org" })))
        {
            writer.Start();
            Assert.True(writer.Join(Patience));
            Assert.Null(writer.Exception);
        }

        Assert.Equal(new PackedProfileV1 { Id = 8, Name = "new writer" }, queue.Get(timeout: Patience));
    }

    [Fact]
    public void A_graph_with_a_cycle_keeps_its_shared_references_in_circular_reference_mode()
    {
        var a = new PackedNode { Name = "a" };
        var b = new PackedNode { Name = "b", Next = a };
        a.Next = b;
        using var p = ChildProcess.Create(MemoryPackWorkers.Walk, a);
        p.Start();
        Assert.True(p.Join(Patience));
        Assert.Null(p.Exception);
        var back = p.Result;
        Assert.Equal("a>b", back.Name);
        Assert.Same(back, back.Next!.Next);
    }

    [Fact]
    public void Malformed_MemoryPack_bytes_fail_with_a_MarshalException_and_allocate_no_more_than_the_input()
    {
        // A length prefix longer than the message.
        var writer = new MarshalWriter();
        writer.WriteUnmanaged(1_000_000);
        writer.WriteRaw([1, 2, 3]);
        Assert.Throws<MarshalException>(() => Read(writer.ToArray()));

        // A region whose object announces its 10 members and then 2^30 lists: MemoryPack checks the count
        // against the region's bytes and fails instead of allocating.
        var crafted = new MarshalWriter();
        int start = crafted.BeginLengthPrefixed();
        crafted.WriteUnmanaged((byte)10);        // MemoryPack's object header: 10 members
        crafted.WriteUnmanaged(0);               // Id
        crafted.WriteUnmanaged(-1);              // Customer: null
        crafted.WriteUnmanaged(1 << 30);         // Batches: 2^30 lists
        crafted.EndLengthPrefixed(start);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<MarshalException>(() => Read(crafted.ToArray()));
        Assert.Contains("MemoryPack could not read", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "the crafted count was allocated");

        // Trailing bytes inside the region (a MemoryPack value shorter than its prefix).
        var trailing = new MarshalWriter();
        int region = trailing.BeginLengthPrefixed();
        trailing.WriteRaw(global::MemoryPack.MemoryPackSerializer.Serialize(Order(2)));
        trailing.WriteUnmanaged((byte)0);
        trailing.EndLengthPrefixed(region);
        Assert.Contains("MemoryPack read", Assert.Throws<MarshalException>(() => Read(trailing.ToArray())).Message);

        static PackedOrder? Read(byte[] data)
        {
            var reader = new MarshalReader(data);
            return Marshaller<PackedOrder>.Default.Read(ref reader);
        }
    }
}
