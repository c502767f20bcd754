using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

// AsyncResult is a Task, so xunit takes Python's Wait(timeout) and Get(timeout), tested here on purpose, for blocking Task calls.
#pragma warning disable xUnit1031

namespace Multiprocessing.Tests.Pool;

[Collection(ProcessCollection.Name)]
public sealed class ProcessPoolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Apply_runs_in_a_worker_process_and_returns_the_typed_result()
    {
        using var pool = new ProcessPool(2);
        Assert.Equal(49, pool.Apply(Workers.Square, 7));
        int pid = pool.Apply(Workers.Pid);
        Assert.NotEqual(Environment.ProcessId, pid);
        Assert.Contains(pid, pool.WorkerPids);
        Assert.Equal(2, pool.Processes);
        Assert.Equal(42, pool.Apply(Workers.Add, (40, 2)));
    }

    [Fact]
    public async Task ApplyAsync_is_awaitable_and_calls_its_callbacks()
    {
        await using var pool = new ProcessPool(2);
        var seen = new TaskCompletionSource<int>();
        var result = pool.ApplyAsync(Workers.Square, 9, callback: v => seen.SetResult(v));
        Assert.Equal(81, await result);
        Assert.Equal(81, await seen.Task.WaitAsync(Patience));
        Assert.True(result.Ready);
        Assert.True(result.Successful);

        var failed = new TaskCompletionSource<Exception>();
        var error = pool.ApplyAsync(Workers.Divide, (1, 0), errorCallback: e => failed.SetResult(e));
        var remote = await Assert.ThrowsAsync<RemoteProcessException>(async () => await error);
        Assert.Equal("System.DivideByZeroException", remote.RemoteTypeName);
        Assert.Same(remote, await failed.Task.WaitAsync(Patience));
        Assert.False(error.Successful);
    }

    [Fact]
    public async Task A_callback_that_waits_for_more_pool_work_does_not_deadlock_the_pool()
    {
        using var pool = new ProcessPool(1);
        var nested = new TaskCompletionSource<int>();
        _ = pool.ApplyAsync(Workers.Square, 3, callback: v => nested.SetResult(pool.Apply(Workers.Square, v)));
        Assert.True(await nested.Task.CompletesWithinAsync(Patience), "the callback's own Apply never returned");
        Assert.Equal(81, await nested.Task);
    }

    [Fact]
    public void AsyncResult_has_Python_semantics_for_Wait_Get_Ready_and_Successful()
    {
        using var pool = new ProcessPool(1);
        var slow = pool.ApplyAsync(Workers.SleepThenReturn, 1_000);
        Assert.False(slow.Ready);
        Assert.Throws<InvalidOperationException>(() => slow.Successful);
        Assert.False(slow.Wait(TimeSpan.FromMilliseconds(50)));
        Assert.Throws<TimeoutException>(() => slow.Get(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(1_000, slow.Get(Patience));
        Assert.True(slow.Wait(TimeSpan.Zero));

        var done = pool.ApplyAsync(Workers.Sleep, 1);
        done.Get(Patience);
        Assert.True(done.Successful);
    }

    [Fact]
    public void Map_returns_the_results_in_order_with_any_chunksize()
    {
        using var pool = new ProcessPool(2);
        var items = Enumerable.Range(0, 1_000).ToArray();
        var expected = items.Select(x => x * x).ToArray();
        Assert.Equal(expected, pool.Map(Workers.Square, items));
        Assert.Equal(expected, pool.Map(Workers.Square, items, chunkSize: 7));
        Assert.Equal(expected, pool.Map(Workers.Square, items.ToList(), chunkSize: 1_000));
        Assert.Empty(pool.Map(Workers.Square, Array.Empty<int>()));
        Assert.Equal(expected, pool.Map(Workers.SquareLaterAsync, items));
        Assert.Equal(["a1" + 0.5, "b2" + 1.5], pool.Starmap(Workers.Join3, [("a", 1, 0.5), ("b", 2, 1.5)]));
        Assert.Equal([3, 7], pool.Starmap(Workers.Add, [(1, 2), (3, 4)]));
    }

    [Fact]
    public void Map_work_is_spread_over_the_workers()
    {
        using var pool = new ProcessPool(2);
        var pids = pool.Map(Workers.SleepThenReturnPid, Enumerable.Repeat(200, 8).ToArray(), chunkSize: 1);
        Assert.Equal(2, pids.Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, pids);
    }

    [Fact]
    public async Task MapAsync_reports_progress_and_calls_back()
    {
        await using var pool = new ProcessPool(2);
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports);
        var results = await pool.MapAsync(Workers.Square, Enumerable.Range(0, 100), chunkSize: 10, progress: progress);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * x), results);
        ChildWait.Until(() => { lock (reports) { return reports.Count == 10; } }); // reports are delivered on the thread pool
        lock (reports)
        {
            Assert.Equal(10, reports.Count);
            Assert.Equal(100, reports.Max());
        }
    }

    [Fact]
    public async Task Imap_yields_in_order_and_ImapUnordered_yields_everything()
    {
        using var pool = new ProcessPool(2);
        var items = Enumerable.Range(0, 50).ToArray();
        Assert.Equal(items.Select(x => x * 10), pool.Imap(Workers.SlowOn, items));
        Assert.Equal(items.Select(x => x * 10).Order(), pool.ImapUnordered(Workers.SlowOn, items, chunkSize: 5).Order());

        var ordered = new List<int>();
        await foreach (var value in pool.ImapAsync(Workers.Square, items, chunkSize: 4))
        {
            ordered.Add(value);
        }

        Assert.Equal(items.Select(x => x * x), ordered);

        var unordered = new List<int>();
        await foreach (var value in pool.ImapUnorderedAsync(Workers.SlowOn, items))
        {
            unordered.Add(value);
        }

        Assert.Equal(items.Select(x => x * 10).Order(), unordered.Order());
        Assert.NotEqual(items.Select(x => x * 10), unordered); // item 3 is slow: it comes late
    }

    [Fact]
    public void An_exception_in_a_task_surfaces_and_the_pool_keeps_working()
    {
        using var pool = new ProcessPool(2);
        var error = Assert.Throws<RemoteProcessException>(() => pool.Apply(Workers.Fail, "bad"));
        Assert.Equal("System.InvalidOperationException", error.RemoteTypeName);
        Assert.Equal("bad", error.RemoteMessage);
        Assert.Contains(nameof(Workers.Fail), error.RemoteStackTrace);

        var mapError = Assert.Throws<RemoteProcessException>(() => pool.Map(Workers.FailOn, Enumerable.Range(0, 40).ToArray(), chunkSize: 4));
        Assert.Equal("unlucky 13", mapError.RemoteMessage);

        // Imap yields the results before the failing item, then throws at it.
        var seen = new List<int>();
        var imapError = Assert.Throws<RemoteProcessException>(() =>
        {
            foreach (var value in pool.Imap(Workers.FailOn, Enumerable.Range(0, 40).ToArray(), chunkSize: 1))
            {
                seen.Add(value);
            }
        });
        Assert.Equal("unlucky 13", imapError.RemoteMessage);
        Assert.Equal(Enumerable.Range(0, seen.Count), seen);
        Assert.Equal(9, pool.Apply(Workers.Square, 3));
    }

    [Fact]
    public async Task Cancelling_a_map_drops_its_pending_chunks_and_throws_OperationCanceledException()
    {
        using var pool = new ProcessPool(1);
        using var cts = new CancellationTokenSource();
        int reported = 0;
        var progress = new Progress<int>(n => reported = n);
        var map = pool.MapAsync(Workers.SleepThenReturn, Enumerable.Repeat(100, 40).ToArray(), chunkSize: 1, progress: progress, cancellationToken: cts.Token);
        await Task.Delay(250);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await map);
        Assert.True(reported < 40, "the pending chunks should have been dropped");
        Assert.True(pool.PendingCount == 0, "dropped chunks must not stay queued");
        Assert.Equal(4, pool.Apply(Workers.Square, 2));

        using var early = new CancellationTokenSource();
        early.Cancel();
        var never = pool.ApplyAsync(Workers.Square, 5, cancellationToken: early.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await never);
    }

    [Fact]
    public void A_worker_killed_mid_task_fails_only_the_tasks_it_held_and_is_replaced()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var pool = new ProcessPool(2);
            var victim = pool.ApplyAsync(Workers.SquareOrHang, (pidFile, 1));
            var others = Enumerable.Range(0, 30).Select(i => pool.ApplyAsync(Workers.SquareOrHang, ("", i))).ToList();
            int pid = ChildWait.ForPidFile(pidFile);
            System.Diagnostics.Process.GetProcessById(pid).Kill();

            var crash = Assert.Throws<WorkerCrashedException>(() => victim.Get(Patience));
            Assert.Equal(pid, crash.ProcessId);
            Assert.Equal(-9, crash.ExitCode);
            Assert.StartsWith("SpawnPoolWorker-", crash.WorkerName);
            Assert.Contains("SIGKILL", crash.Message);

            int succeeded = 0;
            for (int i = 0; i < others.Count; i++)
            {
                try
                {
                    Assert.Equal(i * i, others[i].Get(Patience));
                    succeeded++;
                }
                catch (WorkerCrashedException held)
                {
                    Assert.Equal(pid, held.ProcessId); // only a task queued behind the victim in the same worker
                }
            }

            Assert.True(succeeded >= others.Count - 1, $"only {succeeded} of {others.Count} tasks succeeded");
            Assert.Equal(Enumerable.Range(0, 100).Select(x => x * x), pool.Map(Workers.Square, Enumerable.Range(0, 100)));
            Assert.Equal(2, pool.WorkerPids.Count);
            Assert.DoesNotContain(pid, pool.WorkerPids);
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_worker_killed_in_the_middle_of_a_map_fails_that_map_and_a_later_map_works()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var pool = new ProcessPool(2);
            var items = Enumerable.Range(0, 40).Select(i => (i == 20 ? pidFile : "", i)).ToArray();
            var map = pool.StarmapAsync(Workers.SquareOrHang, items, chunkSize: 2);
            int pid = ChildWait.ForPidFile(pidFile);
            System.Diagnostics.Process.GetProcessById(pid).Kill();
            var crash = Assert.Throws<WorkerCrashedException>(() => map.Get(Patience));
            Assert.Equal(pid, crash.ProcessId);
            Assert.Equal(Enumerable.Range(0, 40).Select(x => x * x), pool.Starmap(Workers.SquareOrHang, Enumerable.Range(0, 40).Select(i => ("", i))));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_worker_that_exits_mid_task_is_reported_with_its_exit_code()
    {
        using var pool = new ProcessPool(1);
        var crash = Assert.Throws<WorkerCrashedException>(() => pool.Apply(Workers.Exit, 3));
        Assert.Equal(3, crash.ExitCode);
        Assert.Equal(16, pool.Apply(Workers.Square, 4));
    }

    [Fact]
    public void MaxTasksPerChild_replaces_workers_after_that_many_tasks()
    {
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, MaxTasksPerChild = 2 });
        var pids = Enumerable.Range(0, 6).Select(_ => pool.Apply(Workers.Pid)).ToArray();
        Assert.Equal(3, pids.Distinct().Count());
        Assert.Equal(pids[0], pids[1]);
        Assert.NotEqual(pids[1], pids[2]);
    }

    [Fact]
    public void The_initializer_runs_in_every_worker()
    {
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2 }.WithInitializer(Workers.RememberGreeting, "hello from init"));
        Assert.All(pool.Map(Workers.GreetingOf, Enumerable.Range(0, 8).ToArray(), chunkSize: 1), g => Assert.Equal("hello from init", g));
        Assert.Equal("(no initializer ran)", Workers.Greeting());
    }

    [Fact]
    public void A_failing_initializer_breaks_the_pool_with_a_clear_error_instead_of_hanging()
    {
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2 }.WithInitializer(Workers.BrokenInitializer));
        var error = Assert.ThrowsAny<ProcessException>(() => pool.Apply(Workers.Square, 2));
        Assert.Contains("initializer", error.Message);
        Assert.Contains("the initializer cannot start", error.Message);
        Assert.Equal(PoolState.Broken, pool.State);
        pool.Terminate();
        pool.Join();
    }

    [Fact]
    public void Close_lets_submitted_tasks_finish_then_Join_waits_for_the_workers()
    {
        var pool = new ProcessPool(2);
        var results = Enumerable.Range(0, 10).Select(i => pool.ApplyAsync(Workers.SleepThenReturn, 20 + i)).ToList();
        var pids = pool.WorkerPids;
        pool.Close();
        Assert.Throws<InvalidOperationException>(() => pool.Apply(Workers.Square, 1));
        pool.Join();
        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(20 + x.i, x.r.Get(TimeSpan.Zero)));
        Assert.Empty(pool.WorkerPids);
        Assert.DoesNotContain(ChildProcessScan.LiveChildren(), c => pids.Contains(c.Pid));
    }

    [Fact]
    public void Misuse_gets_clear_exceptions()
    {
        var pool = new ProcessPool(1);
        Assert.Contains("still running", Assert.Throws<InvalidOperationException>(() => pool.Join()).Message);
        Assert.Contains("[ProcessTarget]", Assert.Throws<ArgumentException>(() => pool.Map(Workers.NotATarget, [1])).Message);
        Assert.Contains("cannot be mapped", Assert.Throws<ArgumentException>(() => pool.Map(Workers.NothingAsync, [1])).Message);
        int captured = 2;
        Assert.Throws<ArgumentException>(() => pool.Apply((int x) => x * captured, 1));
        pool.Close();
        Action submitAfterClose = () => pool.ApplyAsync(Workers.Square, 1); // ApplyAsync refuses synchronously, before any Task exists
        Assert.Contains("closed", Assert.Throws<InvalidOperationException>(submitAfterClose).Message);
        pool.Join();
        pool.Dispose();
        Assert.Contains("terminated", Assert.Throws<InvalidOperationException>(() => pool.Apply(Workers.Square, 1)).Message);
    }

    [Fact]
    public void Disposing_a_pool_with_tasks_running_fails_them_and_leaves_no_worker()
    {
        var pool = new ProcessPool(2);
        var running = Enumerable.Range(0, 4).Select(_ => pool.ApplyAsync(Workers.SleepThenReturn, 60_000)).ToList();
        Thread.Sleep(300);
        var pids = pool.WorkerPids;
        pool.Dispose();
        Assert.All(running, r => Assert.Contains("terminated", Assert.Throws<InvalidOperationException>(() => r.Get(Patience)).Message));
        Assert.Equal(PoolState.Terminated, pool.State);
        Assert.DoesNotContain(ChildProcessScan.LingeringChildren(TimeSpan.FromSeconds(5)), c => pids.Contains(c.Pid));
    }

    [Fact]
    public void Worker_events_report_starts_crashes_and_replacements()
    {
        var events = new System.Collections.Concurrent.ConcurrentQueue<PoolWorkerEvent>();
        using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2, WorkerEvents = events.Enqueue });
        var first = pool.WorkerPids;
        Assert.Equal(4, pool.Apply(Workers.Square, 2));
        int victim = pool.Apply(Workers.Pid);
        System.Diagnostics.Process.GetProcessById(victim).Kill();
        ChildWait.Until(() => events.Any(e => e.Kind == PoolWorkerEventKind.Crashed) && events.Count(e => e.Kind == PoolWorkerEventKind.Started) == 3);
        var crash = events.Single(e => e.Kind == PoolWorkerEventKind.Crashed);
        Assert.Equal(victim, crash.ProcessId);
        Assert.Equal(-9, crash.ExitCode);
        Assert.StartsWith("SpawnPoolWorker-", crash.WorkerName);
        Assert.Equal(3, events.Count(e => e.Kind == PoolWorkerEventKind.Started));
        Assert.Equal(9, pool.Apply(Workers.Square, 3));
    }

    [Fact]
    public void Worker_output_can_be_captured_line_by_line_with_the_worker_identity()
    {
        var lines = new System.Collections.Concurrent.ConcurrentQueue<ChildOutputLine>();
        int pid;
        using (var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, WorkerOutput = lines.Enqueue }))
        {
            pid = pool.Apply(Workers.Say, "hello");
            ChildWait.Until(() => lines.Count >= 2);
        }

        Assert.Contains(lines, l => !l.IsError && l.Text == "out: hello" && l.ProcessId == pid && l.ProcessName.StartsWith("SpawnPoolWorker-"));
        Assert.Contains(lines, l => l.IsError && l.Text == "err: hello" && l.ProcessId == pid);
    }

    [Fact]
    public void A_worker_busy_in_a_task_dies_with_the_process_that_owns_its_pool()
    {
        string pidFile = Path.GetTempFileName();
        File.WriteAllText(pidFile, "");
        try
        {
            using var owner = ChildProcess.Create(Workers.OwnPoolWithHangingTask, pidFile);
            owner.Start();
            int worker = ChildWait.ForPidFile(pidFile);
            Assert.True(Directory.Exists($"/proc/{worker}"));
            owner.Kill();
            Assert.True(owner.Join(Patience));
            ChildWait.Until(() => !ChildWait.IsRunning(worker));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void A_worker_finishes_its_task_through_a_terminal_Ctrl_C()
    {
        using var pool = new ProcessPool(1);
        int worker = pool.Apply(Workers.Pid);
        var running = pool.ApplyAsync(Workers.SleepThenReturn, 500);
        Thread.Sleep(100);
        using (var kill = System.Diagnostics.Process.Start("kill", $"-INT {worker}"))
        {
            kill.WaitForExit();
        }

        Assert.Equal(500, running.Get(Patience));
        Assert.Contains(worker, pool.WorkerPids);
    }

    [Fact]
    public void An_idle_pool_uses_no_CPU()
    {
        using var pool = new ProcessPool(2);
        Assert.Equal(Enumerable.Range(0, 100).Select(x => x * x), pool.Map(Workers.Square, Enumerable.Range(0, 100), chunkSize: 1));
        Thread.Sleep(200); // past every spin window
        var before = pool.WorkerPids.ToDictionary(pid => pid, CpuTicks);
        Thread.Sleep(1_000);

        // A blocked process accrues no CPU time; one that kept spinning would accrue ~100 ticks (1 s) here.
        foreach (var (pid, ticks) in before)
        {
            Assert.True(CpuTicks(pid) - ticks <= 5, $"idle worker {pid} used {CpuTicks(pid) - ticks} ticks of CPU in one second");
        }
    }

    /// <summary>utime + stime of a process, in clock ticks (1/100 s), from /proc/pid/stat.</summary>
    private static long CpuTicks(int pid)
    {
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11]) + long.Parse(fields[12]);
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
