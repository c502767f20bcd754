using Microsoft.Extensions.DependencyInjection;
using Multiprocessing.Orleans.Tests.Infrastructure;
using Orleans.Configuration;

namespace Multiprocessing.Orleans.Tests;

/// <summary>
/// Tasks that run longer than the client's response timeout (set short here, 3 s): the pool long-polls the silo for
/// them, so no grain call waits for a whole task.
/// </summary>
public sealed class LongTaskTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(3);

    private static Task<PoolCluster> StartAsync(Action<ClusterPoolOptions>? configure = null) =>
        PoolCluster.StartAsync(silos: 1, configure: configure, configureClient: client =>
            client.Services.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout));

    [Fact]
    public async Task A_task_longer_than_the_response_timeout_succeeds_and_runs_once()
    {
        string runs = Path.Combine(Path.GetTempPath(), $"mp-longpoll-{Guid.NewGuid():N}.txt");
        try
        {
            await using var cluster = await StartAsync();
            int slept = await cluster.Pool.ApplyAsync(Work.NoteThenSleep, (runs, 9000)).WaitAsync(Patience);
            Assert.Equal(9000, slept);
            Assert.Single(File.ReadAllLines(runs)); // not idempotent, and not sent twice
        }
        finally
        {
            File.Delete(runs);
        }
    }

    [Fact]
    public async Task A_map_chunk_longer_than_the_response_timeout_succeeds()
    {
        await using var cluster = await StartAsync();
        int[] pids = await cluster.Pool.MapAsync(Work.SleepThenPid, [4500, 4500], chunkSize: 2).WaitAsync(Patience);
        Assert.Equal(2, pids.Length);
        Assert.All(pids, pid => Assert.NotEqual(Environment.ProcessId, pid));
    }

    [Fact]
    public async Task Cancelling_long_polled_tasks_drops_them_from_the_silos_pool()
    {
        // 1 worker, which the silo's pool sends at most 2 tasks at a time: of 7 tasks, 5 wait in the silo's pool, and
        // they wait there longer than the response timeout, so the client is polling for them when it cancels.
        await using var cluster = await StartAsync(o => o.TasksPerWorker = 8);
        await QueuedTasks.CancelAndAssertDroppedAsync(cluster, 12000, ResponseTimeout + TimeSpan.FromSeconds(1)); // past the first grain call of each task
    }

    [Fact]
    public async Task A_silo_cancels_the_tasks_of_a_client_that_stopped_asking()
    {
        await using var cluster = await StartAsync(o => o.TasksPerWorker = 8);
        var siloPool = cluster.SiloPool(cluster.Cluster.Silos[0]);
        var grain = cluster.Cluster.Client.GetGrain<IPoolWorkerGrain>(cluster.Cluster.Silos[0].SiloAddress.ToParsableString());
        var first = cluster.Pool.ApplyAsync(Work.SleepThenPid, 25000);

        // Another client's pool sends 4 tasks (3 wait in the silo's pool, 1 with the worker, behind the first), then
        // goes away (terminated: it asks for them no more, and never cancels them).
        var gone = new ClusterPool(cluster.Cluster.Client, new ClusterPoolOptions { TasksPerWorker = 8 });
        await gone.RefreshAsync();
        var abandoned = Enumerable.Range(0, 4).Select(_ => gone.ApplyAsync(Work.SleepThenPid, 25000)).ToList();
        await QueuedTasks.WaitForPendingAsync(siloPool, 3);
        gone.Terminate();
        foreach (var task in abandoned)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await task.WaitAsync(Patience)); // terminated
        }

        // The silo cancels them in its pool a few bounds later, while its worker still runs the first task, and holds
        // only the first one then (a stopping silo would wait for nothing else).
        await QueuedTasks.AssertDroppedWhileFirstRunsAsync(siloPool, first, "abandoned");
        while ((await grain.GetCapacity()).Running > 1 && !first.IsCompleted)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, (await grain.GetCapacity()).Running);
        Assert.NotEqual(Environment.ProcessId, await first.WaitAsync(Patience));
        Assert.Equal(0, (await grain.GetCapacity()).Running);
    }
}
