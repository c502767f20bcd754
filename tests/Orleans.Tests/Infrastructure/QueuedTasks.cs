namespace Multiprocessing.Orleans.Tests.Infrastructure;

/// <summary>Tasks that wait in a silo's pool behind a long first task: the cancellation tests drop them there.</summary>
public static class QueuedTasks
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Waits until the silo's pool holds <paramref name="count"/> tasks that no worker took yet.</summary>
    public static async Task WaitForPendingAsync(ProcessPool siloPool, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (siloPool.PendingCount < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, siloPool.PendingCount);
    }

    /// <summary>Checks that the silo's pool drops its waiting tasks while its worker still runs <paramref name="first"/>.</summary>
    public static async Task AssertDroppedWhileFirstRunsAsync(ProcessPool siloPool, Task first, string which)
    {
        while (siloPool.PendingCount > 0 && !first.IsCompleted)
        {
            await Task.Delay(10);
        }

        Assert.False(first.IsCompleted, $"the silo's pool still held the {which} tasks when the first task ended");
        Assert.Equal(0, siloPool.PendingCount);
    }

    /// <summary>
    /// Of 7 tasks of <paramref name="milliseconds"/> sent to a cluster of 1 silo with 1 worker (which the silo's pool
    /// sends at most 2 tasks at a time), 5 wait in the silo's pool; after <paramref name="hold"/>, the 6 cancellable
    /// ones are cancelled, and the silo must drop the waiting ones from its pool while its worker is still on the first
    /// (without the cancellation reaching the silo they would wait there until the worker took them).
    /// </summary>
    public static async Task CancelAndAssertDroppedAsync(PoolCluster cluster, int milliseconds, TimeSpan hold)
    {
        var siloPool = cluster.SiloPool(cluster.Cluster.Silos[0]);
        var first = cluster.Pool.ApplyAsync(Work.SleepThenPid, milliseconds);
        using var cancel = new CancellationTokenSource();
        var cancelled = Enumerable.Range(0, 6).Select(_ => cluster.Pool.ApplyAsync(Work.SleepThenPid, milliseconds, cancellationToken: cancel.Token)).ToList();
        await WaitForPendingAsync(siloPool, 5);
        await Task.Delay(hold);
        Assert.All(cancelled, task => Assert.False(task.IsCompleted, "a task ended before it was cancelled"));
        cancel.Cancel();
        foreach (var task in cancelled)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await task.WaitAsync(Patience));
        }

        await AssertDroppedWhileFirstRunsAsync(siloPool, first, "cancelled");
        Assert.NotEqual(Environment.ProcessId, await first.WaitAsync(Patience));
    }
}
