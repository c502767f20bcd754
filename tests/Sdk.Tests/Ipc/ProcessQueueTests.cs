using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Ipc;

[Collection(ProcessCollection.Name)]
public sealed class ProcessQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Items_put_in_a_child_arrive_in_the_parent_in_order()
    {
        using var queue = ProcessQueue<string>.Create();
        using var child = ChildProcess.Create(IpcWorkers.PutPidThenItems, (queue, new[] { "a", "b", "c" }));
        child.Start();
        Assert.Equal("pid:" + child.Pid, queue.Get(timeout: Patience));
        Assert.NotEqual(Environment.ProcessId, child.Pid);
        Assert.Equal(["a", "b", "c"], new[] { queue.Get(timeout: Patience), queue.Get(timeout: Patience), queue.Get(timeout: Patience) });
        Assert.True(child.Join(Patience));
        Assert.Equal(0, child.ExitCode);
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void A_producer_exits_at_once_even_though_nobody_took_its_items_and_none_is_lost()
    {
        // CPython's trap: joining a process that put items nobody took yet can deadlock (its feeder thread waits).
        using var queue = ProcessQueue<int>.Create();
        using var producer = ChildProcess.Create(IpcWorkers.Produce, (queue, 0, 5_000));
        producer.Start();
        Assert.True(producer.Join(Patience), "the producer did not exit while its items waited in the queue");
        Assert.Equal(0, producer.ExitCode);
        Assert.Equal(5_000, queue.Count);
        Assert.Equal(Enumerable.Range(0, 5_000), Enumerable.Range(0, 5_000).Select(_ => queue.GetNowait()));
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public void Many_producers_and_many_consumers_deliver_every_item_exactly_once()
    {
        const int perProducer = 3_000;
        using var queue = ProcessQueue<int>.Create(bufferSize: 16 * 1024); // small: producers block on a full buffer too
        using var results = ProcessQueue<(int Pid, int Item)>.Create();
        var producers = Enumerable.Range(0, 3).Select(p => ChildProcess.Create(IpcWorkers.Produce, (queue, p * perProducer, perProducer))).ToList();
        var consumers = Enumerable.Range(0, 2).Select(_ => ChildProcess.Create(IpcWorkers.Consume, (queue, results))).ToList();
        try
        {
            consumers.ForEach(c => c.Start());
            producers.ForEach(p => p.Start());
            var seen = new int[3 * perProducer];
            var byConsumer = new Dictionary<int, int>();
            for (int i = 0; i < seen.Length; i++)
            {
                var (pid, item) = results.Get(timeout: Patience);
                seen[item]++;
                byConsumer[pid] = byConsumer.GetValueOrDefault(pid) + 1;
            }

            Assert.All(producers, p => Assert.True(p.Join(Patience) && p.ExitCode == 0));
            queue.Put(-1);
            queue.Put(-1);
            Assert.All(consumers, c => Assert.True(c.Join(Patience) && c.ExitCode == 0));
            Assert.All(seen, count => Assert.Equal(1, count));
            Assert.True(results.IsEmpty);
            Assert.DoesNotContain(Environment.ProcessId, byConsumer.Keys);
            Assert.All(byConsumer.Keys, pid => Assert.Contains(pid, consumers.Select(c => c.Pid!.Value)));
        }
        finally
        {
            producers.Concat(consumers).ToList().ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public async Task A_bounded_queue_pushes_back_on_producers()
    {
        using var queue = ProcessQueue<int>.Create(maxSize: 3);
        queue.PutNowait(1);
        queue.Put(2);
        Assert.True(queue.TryPut(3, TimeSpan.Zero));
        Assert.True(queue.IsFull);
        Assert.Equal(3, queue.Count);
        Assert.Throws<QueueFullException>(() => queue.PutNowait(4));
        Assert.Throws<QueueFullException>(() => queue.Put(4, timeout: TimeSpan.FromMilliseconds(100)));
        Assert.False(queue.TryPut(4, TimeSpan.FromMilliseconds(20)));

        // A blocked Put goes through as soon as a child takes an item out.
        var blocked = Task.Run(() => queue.Put(4, timeout: Patience));
        Assert.False(await blocked.CompletesWithinAsync(TimeSpan.FromMilliseconds(200)));
        using var child = ChildProcess.Create(IpcWorkers.GetOne, queue);
        child.Start();
        Assert.True(await blocked.CompletesWithinAsync(Patience));
        await blocked;
        Assert.True(child.Join(Patience));
        Assert.Equal(1, child.Result);
        Assert.Equal([2, 3, 4], new[] { queue.Get(), queue.Get(), queue.Get() });
    }

    [Fact]
    public void Get_on_an_empty_queue_times_out_with_QueueEmptyException()
    {
        using var queue = ProcessQueue<int>.Create();
        Assert.Throws<QueueEmptyException>(() => queue.GetNowait());
        Assert.Throws<QueueEmptyException>(() => queue.Get(block: false));
        Assert.Throws<QueueEmptyException>(() => queue.Get(timeout: TimeSpan.FromMilliseconds(100)));
        Assert.False(queue.TryGet(out _, TimeSpan.FromMilliseconds(20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => queue.Get(timeout: TimeSpan.FromSeconds(-2)));
    }

    [Fact]
    public async Task GetAsync_waits_without_a_thread_of_the_caller_and_honours_cancellation()
    {
        using var queue = ProcessQueue<int>.Create();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.GetAsync(cts.Token));

        var pending = queue.GetAsync();
        using var child = ChildProcess.Create(IpcWorkers.Produce, (queue, 41, 1));
        child.Start();
        Assert.Equal(41, await pending.WaitAsync(Patience));
        Assert.True(child.Join(Patience));
        await queue.PutAsync(5);
        Assert.Equal(5, queue.Get());
    }

    [Fact]
    public void An_item_larger_than_the_buffer_is_still_delivered()
    {
        using var queue = ProcessQueue<byte[]>.Create(bufferSize: 4096);
        using var child = ChildProcess.Create(IpcWorkers.PutBytes, (queue, 3_000_000));
        child.Start();
        var payload = queue.Get(timeout: Patience);
        Assert.Equal(3_000_000, payload.Length);
        for (int i = 0; i < payload.Length; i += 997)
        {
            Assert.Equal((byte)(i * 7), payload[i]);
        }

        Assert.True(child.Join(Patience));
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public void A_consumer_killed_while_waiting_hands_its_turn_to_the_next_one()
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            using var queue = ProcessQueue<int>.Create();
            using var child = ChildProcess.Create(IpcWorkers.GetForever, (queue, pidFile));
            child.Start();
            ChildWait.ForPidFile(pidFile);
            Thread.Sleep(50); // it is inside Get now, holding the consumers' turn
            child.Kill();
            Assert.True(child.Join(Patience));
            queue.Put(7);
            Assert.Equal(7, queue.Get(timeout: Patience));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public async Task A_consumer_killed_in_the_middle_of_an_item_does_not_corrupt_the_queue()
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            using var queue = ProcessQueue<byte[]>.Create(bufferSize: 4096);
            var producer = Task.Run(() =>
            {
                queue.Put(new byte[200_000]); // streamed: the dead consumer took part of it
                queue.Put([1, 2, 3]);
            });
            using var child = ChildProcess.Create(IpcWorkers.HangInsideGet, (queue, pidFile));
            child.Start();
            ChildWait.ForPidFile(pidFile);
            child.Kill();
            Assert.True(child.Join(Patience));
            Assert.Equal([1, 2, 3], queue.Get(timeout: Patience)); // the rest of the big item was skipped
            Assert.True(await producer.CompletesWithinAsync(Patience));
            await producer;
            Assert.True(queue.IsEmpty);
            queue.Put([4]);
            Assert.Equal([4], queue.Get(timeout: Patience));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public async Task A_producer_killed_in_the_middle_of_an_item_makes_the_consumer_drop_it_not_hang()
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            using var queue = ProcessQueue<byte[]>.Create(bufferSize: 4096);
            using var child = ChildProcess.Create(IpcWorkers.HangInsidePut, (queue, 100_000, pidFile));
            child.Start();
            var consumer = Task.Run(() => queue.Get(timeout: Patience));
            ChildWait.ForPidFile(pidFile);
            child.Kill();
            Assert.True(child.Join(Patience));
            queue.Put([9, 9]);
            Assert.True(await consumer.CompletesWithinAsync(Patience));
            Assert.Equal([9, 9], await consumer);
            Assert.True(queue.IsEmpty);
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_joinable_queue_joins_when_every_task_is_done()
    {
        using var queue = JoinableProcessQueue<int>.Create();
        using var sum = SharedValue<long>.Create();
        using var worker = ChildProcess.Create(IpcWorkers.WorkOnTasks, (queue, sum));
        for (int i = 1; i <= 100; i++)
        {
            queue.Put(i);
        }

        Assert.Equal(100, queue.UnfinishedTasks);
        Assert.False(queue.Join(TimeSpan.FromMilliseconds(50))); // nobody works yet
        worker.Start();
        Assert.True(queue.Join(Patience));
        Assert.Equal(5050, sum.Value); // Join returned only after the work was done
        Assert.Equal(0, queue.UnfinishedTasks);
        queue.Put(-1);
        queue.Join();
        Assert.True(worker.Join(Patience));
        Assert.Throws<InvalidOperationException>(() => queue.TaskDone());
    }

    [Fact]
    public void A_simple_queue_carries_values_both_ways()
    {
        using var input = SimpleProcessQueue<string>.Create();
        using var output = SimpleProcessQueue<string>.Create();
        using var child = ChildProcess.Create(IpcWorkers.SimpleEcho, (input, output));
        child.Start();
        Assert.True(output.IsEmpty);
        input.Put("hello");
        string reply = output.Get();
        Assert.Equal($"hello from {child.Pid}", reply);
        Assert.True(child.Join(Patience));
        Assert.True(input.IsEmpty);
    }

    [Fact]
    public void A_closed_handle_refuses_further_use_with_a_clear_error()
    {
        var queue = ProcessQueue<int>.Create();
        string name = queue.Name;
        queue.Put(1);
        queue.Close();
        var error = Assert.Throws<ObjectDisposedException>(() => queue.Put(2));
        Assert.Contains("closed", error.Message);
        Assert.Throws<FileNotFoundException>(() => ProcessQueue<int>.Attach(name)); // the creator removed it
        using var joinable = JoinableProcessQueue<int>.Create();
        Assert.Throws<InvalidOperationException>(() => ProcessQueue<int>.Attach(joinable.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessQueue<int>.Create(maxSize: -1));
    }
}
