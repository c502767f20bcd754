using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Ipc;

/// <summary>Queues finish like channels: Complete, Completion, ReadAllAsync, TryGet after the end; dead producers.</summary>
[Collection(ProcessCollection.Name)]
public sealed class QueueCompletionTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void One_producer_and_three_consumer_processes_finish_with_Complete_and_every_item_is_taken_once()
    {
        const int count = 3_000;
        using var queue = ProcessQueue<int>.Create(bufferSize: 8 * 1024); // small: the producer blocks on a full buffer too
        using var results = ProcessQueue<(int Pid, int Item)>.Create();
        var consumers = Enumerable.Range(0, 3).Select(i => i == 0
            ? ChildProcess.Create(CompletionWorkers.ReadAllUntilCompleted, (queue, results))
            : ChildProcess.Create(CompletionWorkers.ConsumeUntilCompleted, (queue, results))).ToList();
        using var producer = ChildProcess.Create(CompletionWorkers.ProduceThenComplete, (queue, 0, count));
        try
        {
            consumers.ForEach(c => c.Start());
            producer.Start();
            var seen = new int[count];
            for (int i = 0; i < count; i++)
            {
                seen[results.Get(timeout: Patience).Item]++;
            }

            Assert.True(producer.Join(Patience) && producer.ExitCode == 0);
            Assert.All(consumers, c => Assert.True(c.Join(Patience), "a consumer did not end after the queue was completed"));
            Assert.All(consumers, c => Assert.Equal(0, c.ExitCode));
            Assert.All(seen, n => Assert.Equal(1, n));
            Assert.Equal(count, consumers.Sum(c => c.Result));
            Assert.True(queue.IsCompleted);
            Assert.True(queue.Completion.Wait(Patience));
            Assert.False(queue.TryGet(out _, TimeSpan.Zero));
            Assert.Throws<QueueCompletedException>(() => queue.Get());
            Assert.True(results.IsEmpty);
        }
        finally
        {
            foreach (var c in consumers)
            {
                if (c.IsAlive)
                {
                    c.Kill();
                }

                c.Join(Patience);
                c.Dispose();
            }
        }
    }

    [Fact]
    public async Task ReadAllAsync_in_the_parent_ends_when_a_child_completes_the_queue()
    {
        using var queue = ProcessQueue<int>.Create();
        using var producer = ChildProcess.Create(CompletionWorkers.ProduceThenComplete, (queue, 10, 500));
        producer.Start();
        var items = new List<int>();
        await foreach (int item in queue.ReadAllAsync().WithCancellation(new CancellationTokenSource(Patience).Token))
        {
            items.Add(item);
        }

        Assert.Equal(Enumerable.Range(10, 500), items);
        await queue.Completion.WaitAsync(Patience);
        Assert.True(producer.Join(Patience));
    }

    [Fact]
    public async Task Complete_stops_producers_and_lets_consumers_drain_what_is_left()
    {
        using var queue = ProcessQueue<string>.Create();
        queue.Put("a");
        queue.Put("b");
        var completion = queue.Completion;
        queue.Complete();
        Assert.False(completion.IsCompleted, "Completion ends only when the last item is taken");
        Assert.Throws<QueueCompletedException>(() => queue.Put("c"));
        await Assert.ThrowsAsync<QueueCompletedException>(() => queue.PutAsync("c"));
        Assert.Throws<InvalidOperationException>(() => queue.Complete());
        Assert.False(queue.TryComplete());
        Assert.Equal("a", queue.Get());
        Assert.Equal("b", await queue.GetAsync());
        await completion.WaitAsync(Patience);
        Assert.False(queue.TryGet(out _));
        Assert.False(queue.TryGet(out _, Timeout.InfiniteTimeSpan));
        Assert.Throws<QueueCompletedException>(() => queue.Get(timeout: Patience));
        await Assert.ThrowsAsync<QueueCompletedException>(() => queue.GetAsync());
    }

    [Fact]
    public async Task Waiting_consumers_wake_when_the_queue_is_completed()
    {
        using var queue = ProcessQueue<int>.Create();
        var blocked = Task.Factory.StartNew(() => queue.TryGet(out _), TaskCreationOptions.LongRunning);
        var pending = queue.GetAsync();
        await Task.Delay(100);
        Assert.False(blocked.IsCompleted || pending.IsCompleted);
        queue.Complete();
        Assert.False(await blocked.WaitAsync(Patience));
        await Assert.ThrowsAsync<QueueCompletedException>(() => pending.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_queue_completed_with_an_error_hands_it_to_the_consumers()
    {
        using var queue = JoinableProcessQueue<int>.Create();
        var pending = queue.GetAsync();
        queue.Complete(new InvalidDataException("the source file is corrupt"));
        var ex = await Assert.ThrowsAsync<QueueCompletedException>(() => pending.WaitAsync(Patience));
        Assert.Contains("InvalidDataException: the source file is corrupt", ex.Message);
        var failed = await Assert.ThrowsAsync<QueueCompletedException>(() => queue.Completion.WaitAsync(Patience));
        Assert.IsType<InvalidDataException>(failed.InnerException);
        await Assert.ThrowsAsync<QueueCompletedException>(async () =>
        {
            await foreach (int _ in queue.ReadAllAsync())
            {
            }
        });
    }

    [Fact]
    public async Task A_killed_producer_makes_waiting_consumers_fail_clearly_instead_of_hanging()
    {
        using var queue = ProcessQueue<int>.Create();
        string pidFile = Path.GetTempFileName();
        try
        {
            using var producer = ChildProcess.Create(CompletionWorkers.PutOneThenHang, (queue, pidFile));
            producer.Start();
            ChildWait.ForPidFile(pidFile);
            Assert.Equal(1, queue.Get(timeout: Patience));
            var blocked = Task.Factory.StartNew(() => queue.Get(), TaskCreationOptions.LongRunning);
            var pending = queue.GetAsync();
            await Task.Delay(200);
            Assert.False(blocked.IsCompleted || pending.IsCompleted, "a consumer gave up while its producer was alive");
            producer.Kill();
            Assert.True(producer.Join(Patience));
            var ex = await Assert.ThrowsAsync<QueueCompletedException>(() => blocked.WaitAsync(Patience));
            Assert.Contains("died", ex.Message);
            await Assert.ThrowsAsync<QueueCompletedException>(() => pending.WaitAsync(Patience));
            Assert.False(queue.TryGet(out _, Patience));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_producer_that_exits_normally_is_not_taken_for_a_dead_one()
    {
        using var queue = ProcessQueue<int>.Create();
        using var producer = ChildProcess.Create(CompletionWorkers.PutOneAndExit, queue);
        producer.Start();
        Assert.True(producer.Join(Patience));
        Assert.Equal(1, queue.Get(timeout: Patience));
        Assert.Throws<QueueEmptyException>(() => queue.Get(timeout: TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Connection_ReadAllAsync_ends_when_the_other_end_is_closed_by_every_holder()
    {
        var (reader, writer) = ProcessPipe.Create<int>(duplex: false);
        using (reader)
        {
            using (var child = ChildProcess.Create(CompletionWorkers.SendThenExit, (writer, 300)))
            {
                child.Start();
                writer.Close(); // the parent's copy: only the child holds the sending end now
                var values = new List<int>();
                await foreach (int value in reader.ReadAllAsync().WithCancellation(new CancellationTokenSource(Patience).Token))
                {
                    values.Add(value);
                }

                Assert.Equal(Enumerable.Range(0, 300), values);
                Assert.True(child.Join(Patience));
            }
        }
    }
}
