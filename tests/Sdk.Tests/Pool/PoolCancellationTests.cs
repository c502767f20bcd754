using System.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;
using Xunit.Abstractions;

// AsyncResult is a Task; Get is Python's blocking call, used on purpose.
#pragma warning disable xUnit1031

namespace Multiprocessing.Tests.Pool;

/// <summary>The caller's token reaches a task running in a pool worker (issue 15, item 1).</summary>
[Collection(ProcessCollection.Name)]
public sealed class PoolCancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cancelling_ApplyAsync_cancels_the_running_target_and_the_worker_is_reused()
    {
        await using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, CancellationGracePeriod = Timeout.InfiniteTimeSpan });
        int pid = pool.Apply(Workers.Pid);
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        var result = pool.ApplyAsync(CancellationWorkers.Honour, (started, cancelled), cancellationToken: cts.Token);
        Assert.True(started.Wait(Patience), "the target never started");

        var clock = Stopwatch.StartNew();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
        var parent = clock.Elapsed;
        Assert.True(cancelled.Wait(Patience), "the target's token was never cancelled in the worker");
        output.WriteLine($"cancel -> OperationCanceledException in the parent: {parent.TotalMilliseconds:0.0} ms; -> token cancelled in the worker: {clock.Elapsed.TotalMilliseconds:0.0} ms");

        // The target honoured its token: its worker is free, alive and takes the next task.
        Assert.Equal(pid, pool.Apply(Workers.Pid));
        Assert.Equal([pid], pool.WorkerPids);
    }

    [Fact]
    public async Task A_task_cancelled_while_it_waits_in_the_workers_ring_does_not_run()
    {
        await using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, CancellationGracePeriod = Timeout.InfiniteTimeSpan });
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        using var started2 = ProcessEvent.Create();
        using var cancelled2 = ProcessEvent.Create();
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var running = pool.ApplyAsync(CancellationWorkers.Honour, (started, cancelled), cancellationToken: first.Token);
        Assert.True(started.Wait(Patience));
        var queued = pool.ApplyAsync(CancellationWorkers.Honour, (started2, cancelled2), cancellationToken: second.Token); // a worker holds two tasks
        second.Cancel();
        first.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Patience));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(Patience));
        Assert.Equal(84, pool.Apply(Workers.Add, (42, 42)));
        Assert.False(started2.IsSet, "a task cancelled before it started ran anyway");
    }

    [Fact]
    public async Task A_worker_whose_target_ignores_its_token_is_killed_after_the_grace_period_and_replaced()
    {
        await using var pool = new ProcessPool(new ProcessPoolOptions { Processes = 1, CancellationGracePeriod = TimeSpan.FromMilliseconds(200) });
        int pid = pool.Apply(Workers.Pid);
        using var started = ProcessEvent.Create();
        using var cts = new CancellationTokenSource();
        var result = pool.ApplyAsync(CancellationWorkers.Ignore, (started, 60_000), cancellationToken: cts.Token);
        Assert.True(started.Wait(Patience));
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
        int next = pool.Apply(Workers.Pid);
        Assert.NotEqual(pid, next);
    }

    [Fact]
    public async Task Terminate_with_a_grace_period_cancels_running_targets_before_it_terminates()
    {
        var pool = new ProcessPool(2);
        using var started = ProcessEvent.Create();
        using var cancelled = ProcessEvent.Create();
        var result = pool.ApplyAsync(CancellationWorkers.Honour, (started, cancelled));
        Assert.True(started.Wait(Patience));
        await pool.TerminateAsync(Patience).WaitAsync(Patience);
        Assert.True(cancelled.IsSet, "the running target's token was not cancelled before the workers were terminated");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
        await pool.JoinAsync().WaitAsync(Patience);
        pool.Dispose();
    }

    [Fact]
    public void Apply_with_a_token_target_passes_the_caller_token_and_runs_targets_with_the_token_anywhere()
    {
        using var pool = new ProcessPool(1);
        Assert.Equal(1007, pool.Apply(CancellationWorkers.TokenFirst, 7));
        using var cts = new CancellationTokenSource();
        Assert.True(pool.Apply(CancellationWorkers.TokenOnly, cancellationToken: cts.Token)); // by name: see docs/cancellation.md
    }
}
