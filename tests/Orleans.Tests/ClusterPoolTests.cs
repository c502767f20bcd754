using Multiprocessing.Orleans.Tests.Infrastructure;

namespace Multiprocessing.Orleans.Tests;

/// <summary>The cluster pool over two in-process silos whose pools run real worker processes.</summary>
public sealed class ClusterPoolTests(TwoSiloFixture fixture) : IClassFixture<TwoSiloFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private ClusterPool Pool => fixture.Cluster.Pool;

    [Fact]
    public void Both_silos_serve_the_pool()
    {
        Assert.Equal(2, Pool.Silos.Count);
        Assert.Equal(2, Pool.Processes);
    }

    [Fact]
    public async Task Apply_results_cross_the_cluster_typed()
    {
        Assert.Equal(49, Pool.Apply(Work.Square, 7));
        Assert.Equal("hi bob hi bob", await Pool.ApplyAsync(Work.Greet, ("bob", 2)));
        Assert.Equal(1024L, Pool.Apply(Work.Power, (2, 10)));
        Assert.Equal(81, await Pool.ApplyAsync(Work.SquareAsync, 9).WaitAsync(Patience));
        int pid = Pool.Apply(Work.Pid);
        Assert.NotEqual(Environment.ProcessId, pid); // a worker process, not the silo
    }

    [Fact]
    public async Task Apply_callback_gets_the_result()
    {
        var got = new TaskCompletionSource<int>();
        var result = Pool.ApplyAsync(Work.Square, 12, callback: v => got.TrySetResult(v));
        Assert.Equal(144, await result.WaitAsync(Patience));
        Assert.Equal(144, await got.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task ApplyAsync_of_a_target_without_a_result_calls_back()
    {
        var called = new TaskCompletionSource();
        var result = Pool.ApplyAsync(Work.Sleep, 10, callback: () => called.TrySetResult());
        await result.WaitAsync(Patience);
        await called.Task.WaitAsync(Patience);
        Assert.True(result.Successful);
    }

    [Fact]
    public async Task Map_returns_every_result_in_order_and_both_silos_get_work()
    {
        var before = Pool.TasksSent;
        int[] items = Enumerable.Range(0, 1000).ToArray();
        int[] squares = await Pool.MapAsync(Work.Square, items, chunkSize: 50).WaitAsync(Patience);
        Assert.Equal(items.Select(x => x * x), squares);

        int[] pids = Pool.Map(Work.SleepThenPid, Enumerable.Repeat(200, 8), chunkSize: 1);
        var siloWorkers = fixture.Cluster.Cluster.Silos.Select(s => fixture.Cluster.SiloPool(s).WorkerPids.ToHashSet()).ToArray();
        Assert.All(siloWorkers, workers => Assert.Contains(pids, workers.Contains)); // each silo's worker ran some
        var after = Pool.TasksSent;
        Assert.All(Pool.Silos, silo => Assert.True(after.GetValueOrDefault(silo) > before.GetValueOrDefault(silo), $"silo {silo} got no task"));
    }

    [Fact]
    public void Starmap_and_async_targets_map()
    {
        Assert.Equal([1024L, 27L], Pool.Starmap(Work.Power, [(2, 10), (3, 3)]));
        Assert.Equal([1, 4, 9], Pool.Map(Work.SquareAsync, [1, 2, 3]));
    }

    [Fact]
    public async Task Async_starmap_and_imap_targets_are_awaited_in_the_workers_and_StarmapAsync_calls_back()
    {
        Assert.Equal(["hi bob hi bob", "hi al"], Pool.Starmap(Work.GreetAsync, [("bob", 2), ("al", 1)]));
        Assert.Equal([1, 4, 9], Pool.Imap(Work.SquareAsync, [1, 2, 3]).ToArray());

        var results = new TaskCompletionSource<string[]>();
        var greeted = Pool.StarmapAsync(Work.Greet, [("ann", 1)], callback: r => results.SetResult(r));
        Assert.Equal(new[] { "hi ann" }, await greeted.WaitAsync(Patience));
        Assert.Equal(new[] { "hi ann" }, await results.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task Map_reports_progress()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(done => { lock (reports) { reports.Add(done); } });
        await Pool.MapAsync(Work.Square, Enumerable.Range(0, 100), chunkSize: 10, progress: progress).WaitAsync(Patience);
        SpinWait.SpinUntil(() => { lock (reports) { return reports.Count == 10; } }, Patience);
        lock (reports)
        {
            Assert.Equal(100, reports.Max());
        }
    }

    [Fact]
    public async Task Imap_yields_in_order_and_unordered_yields_all()
    {
        Assert.Equal(Enumerable.Range(0, 40).Select(x => x * x), Pool.Imap(Work.Square, Enumerable.Range(0, 40).ToArray(), chunkSize: 3));
        var unordered = new List<int>();
        await foreach (int v in Pool.ImapUnorderedAsync(Work.Square, Enumerable.Range(0, 40).ToList(), chunkSize: 4))
        {
            unordered.Add(v);
        }

        Assert.Equal(Enumerable.Range(0, 40).Select(x => x * x), unordered.Order());
    }

    [Fact]
    public void Lazy_imap_source_is_read_only_a_window_ahead()
    {
        int read = 0;
        IEnumerable<int> Endless()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        var taken = Pool.Imap(Work.Square, Endless(), chunkSize: 10).Take(100).ToList();
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * x), taken);
        Thread.Sleep(500); // the feeder would go on reading here if it had no window
        Assert.InRange(Volatile.Read(ref read), 100, 100 + (20 * 10) + 10); // window: 2 x 2 tasks per worker x 2 workers, at least 4 chunks... bounded
    }

    [Fact]
    public async Task A_lazy_imap_source_that_throws_fails_after_every_result_before_it()
    {
        var seen = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (int value in Pool.ImapAsync(Work.Square, ThrowsAfter(6), chunkSize: 2))
            {
                seen.Add(value);
            }
        });
        Assert.Equal("the source broke", error.Message);
        Assert.Equal([0, 1, 4, 9, 16, 25], seen);
        Assert.Equal(4, Pool.Apply(Work.Square, 2)); // the pool goes on
    }

    [Fact]
    public async Task Target_exception_surfaces_as_RemoteProcessException_naming_the_silo()
    {
        var ex = await Assert.ThrowsAsync<RemoteProcessException>(async () => await Pool.ApplyAsync(Work.Fail, 3).WaitAsync(Patience));
        Assert.True(ex.Is<InvalidOperationException>());
        Assert.Equal("bad item 3", ex.RemoteMessage);
        Assert.Contains("on silo", ex.ProcessName);
        Assert.Throws<RemoteProcessException>(() => Pool.Map(Work.Fail, [1, 2, 3]));
    }

    [Fact]
    public async Task Worker_crash_in_a_silo_surfaces_as_WorkerCrashedException_and_the_pool_goes_on()
    {
        var ex = await Assert.ThrowsAsync<WorkerCrashedException>(async () => await Pool.ApplyAsync(Work.Crash, 3).WaitAsync(Patience));
        Assert.Equal(3, ex.ExitCode);
        Assert.Contains("on silo", ex.WorkerName);
        fixture.Cluster.RecordWorkers();
        Assert.Equal(25, await Pool.ApplyAsync(Work.Square, 5).WaitAsync(Patience)); // the silo's pool replaced its worker
        Assert.Throws<WorkerCrashedException>(() => Pool.Map(Work.Crash, [4], chunkSize: 1));
        fixture.Cluster.RecordWorkers();
    }

    [Fact]
    public async Task Cancellation_drops_the_chunks_not_yet_sent()
    {
        using var cts = new CancellationTokenSource();
        var map = Pool.MapAsync(Work.SleepThenPid, Enumerable.Repeat(300, 40), chunkSize: 1, cancellationToken: cts.Token);
        await Task.Delay(400);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await map.WaitAsync(Patience));

        using var before = new CancellationTokenSource();
        before.Cancel();
        var apply = Pool.ApplyAsync(Work.Square, 3, cancellationToken: before.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await apply.WaitAsync(Patience));
        Assert.Equal(4, Pool.Apply(Work.Square, 2)); // the pool goes on
    }

    [Fact]
    public async Task Works_through_the_IProcessPool_interface()
    {
        IProcessPool pool = Pool;
        int[] squares = await pool.MapAsync(Work.Square, [0, 1, 2]).WaitAsync(Patience);
        Assert.Equal([0, 1, 4], squares);
        Assert.Equal(36, pool.Apply(Work.Square, 6));
    }

    private static IEnumerable<int> ThrowsAfter(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }

        throw new InvalidDataException("the source broke");
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
