using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.InProcess;

/// <summary>The in-process pool: ProcessPool's calls on threads of this process, through the same marshalling.</summary>
public sealed class InProcessPoolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Apply_runs_on_a_named_worker_thread_of_this_process()
    {
        await using var pool = new InProcessPool(2);
        Assert.Equal(2, pool.Processes);
        Assert.Equal(49, pool.Apply(Workers.Square, 7));
        Assert.Equal(Environment.ProcessId, pool.Apply(Workers.Pid));
        Assert.Matches(@"^InProcessPool-\d+ worker [12]$", pool.Apply(InProcessWorkers.ThreadName));
        Assert.Equal(42, pool.Apply(Workers.Add, (40, 2)));
        Assert.Equal("a12", pool.Apply(Workers.Join3, ("a", 1, 2.0)));
        Assert.Equal(7, await pool.ApplyAsync(Workers.AddLaterAsync, (3, 4)));
        Assert.Equal("hi", pool.Apply(Workers.EchoLaterAsync, "hi"));
        pool.Apply(Workers.Sleep, 1);
        Assert.Equal(2, pool.WorkerThreadIds.Count);
        Assert.StartsWith("<InProcessPool state=RUN pool_size=2>", pool.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arguments_and_results_are_marshalled_so_marshalling_bugs_show()
    {
        await using var pool = new InProcessPool(1);

        // A marshaller that forgets a field loses it here too, both ways: nothing is passed by reference.
        Assert.Equal("(lost)", pool.Apply(InProcessWorkers.NoteOf, new Forgetful(1, "kept?")));
        Assert.Null(pool.Apply(InProcessWorkers.Annotate, 5).Note);
        Assert.All(pool.Map(InProcessWorkers.Annotate, [1, 2, 3]), f => Assert.Null(f.Note));

        // A result that cannot be read fails that task, as with processes, and the pool goes on.
        var error = Assert.Throws<InvalidOperationException>(() => pool.Apply(PoolTransportWorkers.MakeFragile, 13));
        Assert.Equal("13 cannot be read", error.Message);
        Assert.Throws<InvalidOperationException>(() => pool.Map(PoolTransportWorkers.MakeFragile, [1, 13, 2]));
        Assert.Equal(new Fragile(12), pool.Apply(PoolTransportWorkers.MakeFragile, 12));

        // Only registered targets run, as with processes.
        Assert.Throws<ArgumentException>(() => pool.Apply(x => x + 1, 1));
        Assert.Throws<ArgumentException>(() => pool.Apply(Workers.NotATarget, 1));
    }

    [Fact]
    public async Task A_target_exception_comes_back_as_with_processes_with_the_original_inside()
    {
        await using var pool = new InProcessPool(2);
        var failed = new TaskCompletionSource<Exception>();
        var result = pool.ApplyAsync(Workers.Divide, (1, 0), errorCallback: e => failed.SetResult(e));
        var remote = await Assert.ThrowsAsync<RemoteProcessException>(async () => await result);
        Assert.Equal("System.DivideByZeroException", remote.RemoteTypeName);
        Assert.IsType<DivideByZeroException>(remote.InnerException);
        Assert.Equal(Environment.ProcessId, remote.ProcessId);
        Assert.Same(remote, await failed.Task.WaitAsync(Patience));
        Assert.False(result.Successful);

        var seen = new TaskCompletionSource<int>();
        Assert.Equal(81, await pool.ApplyAsync(Workers.Square, 9, callback: v => seen.SetResult(v)));
        Assert.Equal(81, await seen.Task.WaitAsync(Patience));

        var mapError = Assert.Throws<RemoteProcessException>(() => pool.Map(Workers.FailOn, Enumerable.Range(0, 40), chunkSize: 3));
        Assert.Equal("System.ArgumentException", mapError.RemoteTypeName);
    }

    [Fact]
    public async Task Map_starmap_and_imap_return_what_ProcessPool_returns()
    {
        await using var pool = new InProcessPool(2);
        var items = Enumerable.Range(0, 1000).ToArray();
        var squares = items.Select(static x => x * x).ToArray();
        Assert.Equal(squares, pool.Map(Workers.Square, items));
        Assert.Equal(squares, pool.Map(Workers.Square, items, chunkSize: 7));
        Assert.Equal(items.Select(static x => 3 * x), pool.Map(InProcessWorkers.TripleLaterAsync, items));
        Assert.Empty(pool.Map(Workers.Square, Array.Empty<int>()));
        Assert.Equal([3, 7], pool.Starmap(Workers.Add, [(1, 2), (3, 4)]));
        Assert.Equal([6, 15], pool.Starmap(InProcessWorkers.Sum3, [(1, 2, 3), (4, 5, 6)]));
        Assert.Equal(["a12"], await pool.StarmapAsync(Workers.Join3, [("a", 1, 2.0)]));

        var reports = new List<int>();
        var progress = new Progress<int>(n => { lock (reports) { reports.Add(n); } });
        var callback = new TaskCompletionSource<int[]>();
        var mapped = pool.MapAsync(Workers.Square, items, chunkSize: 100, progress: progress, callback: r => callback.SetResult(r));
        Assert.Equal(squares, await mapped);
        Assert.Equal(squares, await callback.Task.WaitAsync(Patience));
        Assert.True(SpinWait.SpinUntil(() => { lock (reports) { return reports.Contains(1000); } }, Patience));

        Assert.Equal(squares, pool.Imap(Workers.Square, items, chunkSize: 10));
        Assert.Equal(squares.Order(), pool.ImapUnordered(Workers.Square, items, chunkSize: 10).Order());

        // A lazy, endless source is read a chunk at a time.
        Assert.Equal([0, 1, 4, 9, 16], pool.Imap(Workers.Square, Endless(), chunkSize: 2).Take(5));
        var collected = new List<int>();
        await foreach (int value in pool.ImapAsync(Workers.Square, items.Take(20)))
        {
            collected.Add(value);
        }

        Assert.Equal(squares.Take(20), collected);
        var unordered = new List<int>();
        await foreach (int value in pool.ImapUnorderedAsync(Workers.Square, items.Take(20), chunkSize: 3))
        {
            unordered.Add(value);
        }

        Assert.Equal(squares.Take(20), unordered.Order());
    }

    [Fact]
    public async Task A_cancelled_apply_or_map_calls_its_error_callback_with_OperationCanceledException()
    {
        await using var pool = new InProcessPool(1);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var applyError = new TaskCompletionSource<Exception>();
        var apply = pool.ApplyAsync(Workers.Square, 3, callback: _ => applyError.SetException(new InvalidOperationException("called back")), errorCallback: e => applyError.SetResult(e), cancellationToken: cancelled.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await apply);
        var error = Assert.IsType<OperationCanceledException>(await applyError.Task.WaitAsync(Patience));
        Assert.Equal("The pool task was cancelled.", error.Message);

        var mapError = new TaskCompletionSource<Exception>();
        var map = pool.MapAsync(Workers.Square, [1, 2, 3], chunkSize: 1, errorCallback: e => mapError.SetResult(e), cancellationToken: cancelled.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await map);
        error = Assert.IsType<OperationCanceledException>(await mapError.Task.WaitAsync(Patience));
        Assert.Equal("The map was cancelled.", error.Message);
    }

    [Fact]
    public void Close_lets_work_finish_and_terminate_fails_what_has_not_started()
    {
        var pool = new InProcessPool(1);
        var slow = pool.ApplyAsync(Workers.SleepThenReturn, 200);
        var queued = pool.ApplyAsync(Workers.Square, 3);
        pool.Close();
        Assert.Equal(PoolState.Closed, pool.State);
        Assert.Throws<InvalidOperationException>(() => pool.Apply(Workers.Square, 1));
        pool.Join();
        Assert.Equal(200, slow.Get());
        Assert.Equal(9, queued.Get());

        var other = new InProcessPool(1);
        Assert.Throws<InvalidOperationException>(() => other.Join());
        var running = other.ApplyAsync(Workers.SleepThenReturn, 300);
        Assert.True(SpinWait.SpinUntil(() => other.PendingCount == 0, Patience));
        var pending = other.ApplyAsync(Workers.Square, 4);
        other.Terminate();
        Assert.Equal(PoolState.Terminated, other.State);
        Assert.Throws<InvalidOperationException>(() => pending.Get(Patience));
        other.Join();
        Assert.Equal(300, running.Get(Patience)); // a thread cannot be killed: the running task ends on its own
    }

    [Fact]
    public void The_initializer_runs_on_each_worker_thread_and_a_failing_one_breaks_the_pool()
    {
        using (var pool = new InProcessPool(new ProcessPoolOptions { Processes = 2 }.WithInitializer(InProcessWorkers.RememberGreeting, "hello")))
        {
            Assert.Equal("hello", pool.Apply(InProcessWorkers.Greeting));
        }

        using var broken = new InProcessPool(new ProcessPoolOptions { Processes = 1 }.WithInitializer(Workers.BrokenInitializer));
        var error = Assert.Throws<RemoteProcessException>(() => broken.Apply(Workers.Square, 2));
        Assert.Equal("the initializer cannot start", error.RemoteMessage);
        Assert.Equal(PoolState.Broken, broken.State);
    }

    [Fact]
    public void Shared_memory_arguments_travel_by_name_and_reach_the_same_memory()
    {
        using var pool = new InProcessPool(2);
        using var counter = SharedValue<long>.Create();
        var results = new[] { pool.ApplyAsync(Workers.CountShared, (counter, 500)), pool.ApplyAsync(Workers.CountShared, (counter, 500)) };
        Assert.Equal(1000, results.Max(static r => r.Get(Patience)));
        Assert.Equal(1000, counter.Value);
    }

    [Fact]
    public async Task An_imap_nobody_reads_does_not_keep_join_waiting_and_a_failing_source_fails_in_place()
    {
        var pool = new InProcessPool(1);
        var ignored = pool.Imap(Workers.Square, Enumerable.Range(0, 100)); // never enumerated
        var partly = pool.Imap(Workers.Square, Endless()).Take(3).ToArray(); // stopped early: the endless source is dropped
        Assert.Equal([0, 1, 4], partly);
        pool.Close();
        await pool.JoinAsync().WaitAsync(Patience);
        Assert.Throws<InvalidOperationException>(() => pool.Imap(Workers.Square, [1]));
        _ = ignored;

        await using var other = new InProcessPool(2);
        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (int value in other.Imap(Workers.Square, ThrowsAfter(4), chunkSize: 2))
            {
                seen.Add(value);
            }
        });
        Assert.Equal("the source broke", error.Message);
        Assert.Equal([0, 1, 4, 9], seen);

        using var cancel = new CancellationTokenSource();
        var blocker = other.ApplyAsync(Workers.SleepThenReturn, 300);
        var blocker2 = other.ApplyAsync(Workers.SleepThenReturn, 300);
        var mapped = other.MapAsync(Workers.Square, Enumerable.Range(0, 100), chunkSize: 10, cancellationToken: cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await mapped);
        Assert.Equal(300, await blocker);
        Assert.Equal(300, await blocker2);
    }

    private static IEnumerable<int> ThrowsAfter(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }

        throw new InvalidDataException("the source broke");
    }

    private static IEnumerable<int> Endless()
    {
        for (int i = 0; ; i++)
        {
            yield return i;
        }
    }
}
