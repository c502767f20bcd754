using Xunit.Abstractions;
using Multiprocessing.Ipc;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Ipc;

/// <summary>Pending async waits hold no thread each: the process's waiter threads sleep on all their futex words at once.</summary>
[Collection(ProcessCollection.Name)]
public sealed class AsyncWaitTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thousand_pending_gets_on_a_thousand_queues_take_a_few_threads_and_all_complete(bool futexWaitVThreads)
    {
        const int count = 1_000;
        var queues = Enumerable.Range(0, count).Select(_ => ProcessQueue<int>.Create(bufferSize: 4096)).ToList();
        FutexWaiter.ForceThreads = futexWaitVThreads;
        try
        {
            bool uring = FutexWaiter.Backend == "io_uring";
            Assert.False(futexWaitVThreads && uring);
            int threadsBefore = ProcessThreads();
            var pending = queues.Select(q => q.GetAsync()).ToList();
            await Task.Delay(200);
            int threadsDuring = ProcessThreads();
            Assert.All(pending, p => Assert.False(p.IsCompleted));

            // io_uring: one waiter thread for the process (started once); futex_waitv: ceil(1000 / 127) = 8 at most.
            // The design before both started 1,000. The slack is the thread pool's own.
            int most = uring ? 1 + 2 : 8 + 4;
            Assert.True(threadsDuring - threadsBefore <= most, $"{threadsDuring - threadsBefore} more threads for {count} pending gets ({FutexWaiter.Backend})");
            for (int i = 0; i < count; i++)
            {
                queues[i].Put(i);
            }

            Assert.Equal(Enumerable.Range(0, count), await Task.WhenAll(pending).WaitAsync(Patience));
        }
        finally
        {
            FutexWaiter.ForceThreads = false;
            queues.ForEach(q => q.Dispose());
        }
    }

    [Fact]
    public void Where_the_kernel_has_io_uring_futex_waits_they_serve_the_async_waits()
    {
        // Linux 6.7+ with io_uring enabled (this test machine and CI); elsewhere the reason is stated.
        bool kernelHasIt = Environment.OSVersion.Version >= new Version(6, 7)
            && File.ReadAllText("/proc/sys/kernel/io_uring_disabled").Trim() == "0";
        if (!kernelHasIt)
        {
            output.WriteLine($"Skipped: io_uring futex waits need Linux 6.7+ with io_uring enabled (this is {Environment.OSVersion.Version}).");
            return;
        }

        var waiter = UringWaiter.Instance;
        Assert.Null(UringWaiter.UnavailableReason);
        Assert.NotNull(waiter);
        Assert.Equal("io_uring", FutexWaiter.Backend);
    }

    [Fact]
    public async Task An_item_put_by_a_child_completes_a_pending_get_in_the_parent()
    {
        using var queue = ProcessQueue<int>.Create();
        var pending = queue.GetAsync();
        using var child = ChildProcess.Create(IpcWorkers.Produce, (queue, 7, 1));
        child.Start();
        Assert.Equal(7, await pending.WaitAsync(Patience));
        Assert.True(child.Join(Patience));
    }

    [Fact]
    public async Task Cancelling_one_of_many_pending_gets_takes_nothing_out_and_leaves_the_others_waiting()
    {
        using var queue = ProcessQueue<int>.Create();
        using var cancel = new CancellationTokenSource();
        var cancelled = queue.GetAsync(cancel.Token);
        var others = Enumerable.Range(0, 3).Select(_ => queue.GetAsync()).ToList();
        await Task.Delay(100);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        Assert.All(others, o => Assert.False(o.IsCompleted));
        queue.Put(1);
        queue.Put(2);
        queue.Put(3);
        Assert.Equal([1, 2, 3], (await Task.WhenAll(others).WaitAsync(Patience)).Order());
        Assert.True(queue.IsEmpty);
    }

    [Fact]
    public async Task A_pending_put_completes_when_a_consumer_makes_room()
    {
        using var queue = ProcessQueue<int>.Create(maxSize: 1);
        queue.Put(1);
        var put = queue.PutAsync(2);
        await Task.Delay(100);
        Assert.False(put.IsCompleted);
        Assert.Equal(1, queue.Get());
        await put.WaitAsync(Patience);
        Assert.Equal(2, queue.Get());
    }

    [Fact]
    public async Task A_pending_get_waits_for_another_consumer_holding_the_turn()
    {
        // A blocking Get in another thread holds the consumers' lock while the ring is empty: the async get sleeps on
        // the lock word, and still gets the second item.
        using var queue = ProcessQueue<int>.Create();
        var blocked = Task.Factory.StartNew(() => queue.Get(), TaskCreationOptions.LongRunning);
        await Task.Delay(100);
        var pending = queue.GetAsync();
        queue.Put(1);
        queue.Put(2);
        Assert.Equal([1, 2], new[] { await blocked.WaitAsync(Patience), await pending.WaitAsync(Patience) }.Order());
    }

    [Fact]
    public async Task JoinAsync_and_event_WaitAsync_wait_without_a_thread_each()
    {
        using var queue = JoinableProcessQueue<int>.Create();
        using var evt = ProcessEvent.Create();
        queue.Put(1);
        int threadsBefore = ProcessThreads();
        var joins = Enumerable.Range(0, 50).Select(_ => queue.JoinAsync()).ToList();
        var waits = Enumerable.Range(0, 50).Select(_ => evt.WaitAsync()).ToList();
        await Task.Delay(200);
        Assert.True(ProcessThreads() - threadsBefore <= 4, "a pending wait started a thread of its own");
        Assert.All(joins, j => Assert.False(j.IsCompleted));
        queue.Get();
        queue.TaskDone();
        evt.Set();
        await Task.WhenAll(joins).WaitAsync(Patience);
        Assert.All(await Task.WhenAll(waits).WaitAsync(Patience), Assert.True);
        Assert.False(await evt.WaitAsync(TimeSpan.FromMilliseconds(50)) is false && evt.IsSet is false);
    }

    [Fact]
    public async Task An_event_WaitAsync_with_a_timeout_returns_false_when_it_passes()
    {
        using var evt = ProcessEvent.Create();
        Assert.False(await evt.WaitAsync(TimeSpan.FromMilliseconds(100)).WaitAsync(Patience));
    }

    [Fact]
    public async Task Closing_a_handle_ends_its_pending_waits_with_ObjectDisposedException()
    {
        var queue = JoinableProcessQueue<int>.Create();
        queue.Put(1);
        var get = JoinableProcessQueue<int>.Attach(queue.Name);
        _ = get.Get();
        var pendingGet = get.GetAsync();
        var pendingJoin = queue.JoinAsync();
        var completion = queue.Completion;
        get.Close();
        queue.Close();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pendingGet.WaitAsync(Patience));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pendingJoin.WaitAsync(Patience));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => completion.WaitAsync(Patience));
    }

    [Fact]
    public async Task Closing_a_pipe_end_ends_its_pending_RecvAsync_with_ObjectDisposedException()
    {
        var (a, b) = ProcessPipe.Create<int>();
        using (b)
        {
            var pending = a.RecvAsync();
            a.Close();
            var error = await Assert.ThrowsAsync<ObjectDisposedException>(() => pending.WaitAsync(Patience));
            Assert.Contains("closed in this process", error.Message, StringComparison.Ordinal);
        }
    }

    private static int ProcessThreads() =>
        int.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal))["Threads:".Length..].Trim());
}
