using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

// ConfigureAwait(false) on a result is one of the idioms under test (issue #15).
#pragma warning disable xUnit1030
// AsyncResult is a Task, so xunit takes Python's Wait(timeout) and Get(timeout), tested here on purpose, for blocking Task calls.
#pragma warning disable xUnit1031

namespace Multiprocessing.Tests.Pool;

/// <summary>
/// Issue #15: what ApplyAsync, MapAsync and StarmapAsync return is a Task, so the idioms every .NET user reaches for
/// compile and behave (each test would be CS1503, CS1929 or CS0029 if the results were not Tasks).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class AsyncResultTaskInteropTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_list_of_results_goes_to_Task_WhenAll_and_WhenAny()
    {
        await using var pool = new ProcessPool(2);
        List<AsyncResult<int>> pending = [];
        for (int i = 0; i < 6; i++)
        {
            pending.Add(pool.ApplyAsync(Workers.Square, i));
        }

        int[] squares = await Task.WhenAll(pending);
        Assert.Equal(new[] { 0, 1, 4, 9, 16, 25 }, squares);

        var slow = pool.ApplyAsync(Workers.SleepThenReturn, 5_000);
        var quick = pool.ApplyAsync(Workers.Square, 12);
        Task<int> first = await Task.WhenAny(slow, quick);
        Assert.Same(quick, first);
        Assert.Equal(144, await first);

        // The non-generic results (targets that return nothing) are Tasks too.
        List<AsyncResult> sleeps = [pool.ApplyAsync(Workers.Sleep, 1), pool.ApplyAsync(Workers.Sleep, 1)];
        await Task.WhenAll(sleeps).WaitAsync(Patience);
        Assert.All(sleeps, s => Assert.True(s.Successful));
    }

    [Fact]
    public async Task ConfigureAwait_WaitAsync_and_assignment_to_Task_of_T_compile_and_work()
    {
        await using var pool = new ProcessPool(1);
        Assert.Equal(49, await pool.ApplyAsync(Workers.Square, 7).ConfigureAwait(false));
        Assert.Same(TaskScheduler.Default, TaskScheduler.Current); // the results' own scheduler does not leak into the caller's code
        var continued = pool.ApplyAsync(Workers.Square, 2).ContinueWith(t => (t.Result, TaskScheduler.Current), TaskContinuationOptions.ExecuteSynchronously);
        Assert.Equal((4, TaskScheduler.Default), await continued.WaitAsync(Patience));
        Assert.Equal(64, await pool.ApplyAsync(Workers.Square, 8).WaitAsync(Patience));

        Task<int> task = pool.ApplyAsync(Workers.Square, 9);
        Assert.Equal(81, await task);

        Task<int[]> map = pool.MapAsync(Workers.Square, [1, 2, 3]);
        Assert.Equal(new[] { 1, 4, 9 }, await map.ConfigureAwait(false));
        Task<int[]> starmap = pool.StarmapAsync(Workers.Add, [(1, 2), (3, 4)]);
        Assert.Equal(new[] { 3, 7 }, await starmap);

        var slow = pool.ApplyAsync(Workers.SleepThenReturn, 5_000);
        await Assert.ThrowsAsync<TimeoutException>(() => slow.WaitAsync(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(5_000, slow.Get(Patience));
    }

    [Fact]
    public async Task A_result_ends_with_the_pool_tasks_status_and_keeps_Pythons_members()
    {
        await using var pool = new ProcessPool(1);
        var slow = pool.ApplyAsync(Workers.SleepThenReturn, 1_000);
        Assert.False(slow.IsCompleted);
        Assert.False(slow.Ready);
        Assert.Throws<InvalidOperationException>(() => slow.Start());
        Assert.False(slow.Wait(TimeSpan.FromMilliseconds(20)));
        Assert.Equal(1_000, slow.Get(Patience));
        Assert.Equal(TaskStatus.RanToCompletion, slow.Status);
        Assert.True(slow.Ready);
        Assert.True(slow.Successful);

        var failed = pool.ApplyAsync(Workers.Divide, (1, 0));
        Assert.True(failed.Wait(Patience));
        Assert.Equal(TaskStatus.Faulted, failed.Status);
        Assert.IsType<RemoteProcessException>(failed.Exception!.InnerException);
        Assert.Throws<RemoteProcessException>(() => failed.Get());
        await Assert.ThrowsAsync<RemoteProcessException>(async () => await failed);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var dropped = pool.ApplyAsync(Workers.Square, 5, cancellationToken: cancelled.Token);
        Assert.True(dropped.Wait(Patience));
        Assert.Equal(TaskStatus.Canceled, dropped.Status);
        Assert.True(dropped.IsCanceled);
        Assert.ThrowsAny<OperationCanceledException>(() => dropped.Get());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(dropped));
    }

    [Fact]
    public async Task The_in_process_pools_results_are_Tasks_too()
    {
        await using var pool = new InProcessPool(2);
        List<AsyncResult<int>> pending = [.. Enumerable.Range(0, 4).Select(i => pool.ApplyAsync(Workers.Square, i))];
        Assert.Equal(new[] { 0, 1, 4, 9 }, await Task.WhenAll(pending).WaitAsync(Patience));

        Task<int> task = pool.ApplyAsync(Workers.Square, 5);
        Assert.Equal(25, await task.ConfigureAwait(false));
        Assert.Equal(new[] { 1, 4 }, await pool.MapAsync(Workers.Square, [1, 2]).WaitAsync(Patience));
        Task<int> any = await Task.WhenAny(pool.ApplyAsync(Workers.Square, 6), pool.ApplyAsync(Workers.Square, 6));
        Assert.Equal(36, await any);

        var remote = await Assert.ThrowsAsync<RemoteProcessException>(async () => await pool.ApplyAsync(Workers.Divide, (1, 0)));
        Assert.IsType<DivideByZeroException>(remote.InnerException);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var dropped = pool.ApplyAsync(Workers.Square, 5, cancellationToken: cancelled.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await dropped);
        Assert.True(dropped.IsCanceled);
    }
}
