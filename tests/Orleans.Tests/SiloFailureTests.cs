using Multiprocessing.Orleans.Tests.Infrastructure;

namespace Multiprocessing.Orleans.Tests;

/// <summary>Silos that leave or join a cluster mid-map: each test has a cluster of its own.</summary>
public sealed class SiloFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_silo_stopped_mid_map_neither_loses_nor_hangs_the_map()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 2);
        var stopped = cluster.Cluster.Silos[1];
        string address = stopped.SiloAddress.ToParsableString();
        var done = new TaskCompletionSource();
        int items = 0;
        var progress = new Progress(n => { if (Interlocked.Exchange(ref items, n) < 4 && n >= 4) { done.TrySetResult(); } });
        int[] input = Enumerable.Range(0, 30).ToArray();
        var map = cluster.Pool.MapAsync(Work.SleepThenEcho, input, chunkSize: 1, progress: progress);
        await done.Task.WaitAsync(Patience);
        Assert.True(cluster.Pool.TasksSent.GetValueOrDefault(address) > 0, "the silo to stop had no task yet");
        cluster.RecordWorkers();
        await cluster.Cluster.StopSiloAsync(stopped);

        int[] results = await map.WaitAsync(Patience);
        Assert.Equal(input, results);
        Assert.DoesNotContain(address, cluster.Pool.Silos);
    }

    [Fact]
    public async Task A_silo_killed_mid_map_fails_only_its_tasks_naming_it_and_never_hangs()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 2);
        var killed = cluster.Cluster.Silos[1];
        string address = killed.SiloAddress.ToParsableString();
        int[] input = Enumerable.Range(0, 30).ToArray();
        var results = input.Select(i => cluster.Pool.ApplyAsync(Work.SleepThenEcho, i)).ToList();
        await Task.WhenAny(results).WaitAsync(Patience);
        cluster.RecordWorkers();
        await cluster.Cluster.KillSiloAsync(killed);

        await Task.WhenAll(results.Select(r => r.ContinueWith(static _ => { }))).WaitAsync(Patience); // none hangs
        int succeeded = 0;
        foreach (var (result, item) in results.Zip(input))
        {
            if (result.IsCompletedSuccessfully)
            {
                Assert.Equal(item, await result); // completed already
                succeeded++;
            }
            else
            {
                var lost = Assert.IsType<SiloLostException>(result.Exception!.InnerException);
                Assert.Equal(address, lost.Silo);
                Assert.Contains(address, lost.Message);
            }
        }

        Assert.True(succeeded >= input.Length / 2, $"only {succeeded} of {input.Length} tasks succeeded: the live silo's tasks must not fail");
        Assert.Equal(9, cluster.Pool.Apply(Work.Square, 3)); // the pool goes on with the silo that is left
    }

    [Fact]
    public async Task A_silo_that_joins_mid_map_starts_taking_tasks()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 1);
        int[] input = Enumerable.Range(0, 60).ToArray();
        var map = cluster.Pool.MapAsync(Work.SleepThenEcho, input, chunkSize: 1);
        var joined = await cluster.Cluster.StartAdditionalSiloAsync();
        string address = joined.SiloAddress.ToParsableString();
        Assert.Equal(input, await map.WaitAsync(Patience));
        cluster.RecordWorkers();
        Assert.True(cluster.Pool.TasksSent.GetValueOrDefault(address) > 0, $"the silo that joined took no task: {string.Join(", ", cluster.Pool.TasksSent)}");
    }

    [Fact]
    public async Task Tasks_go_to_silos_in_proportion_to_their_workers()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 2, workersOfSilo: index => index == 0 ? 3 : 1);
        var big = cluster.Cluster.Silos.Single(s => cluster.SiloPool(s).Processes == 3).SiloAddress.ToParsableString();
        var small = cluster.Cluster.Silos.Single(s => cluster.SiloPool(s).Processes == 1).SiloAddress.ToParsableString();
        Assert.Equal(4, cluster.Pool.Processes);
        await cluster.Pool.MapAsync(Work.SleepThenPid, Enumerable.Repeat(200, 32), chunkSize: 1).WaitAsync(Patience);
        cluster.RecordWorkers();
        long onBig = cluster.Pool.TasksSent[big], onSmall = cluster.Pool.TasksSent[small];
        Assert.True(onBig >= 2 * onSmall, $"the silo with 3 workers got {onBig} tasks, the one with 1 got {onSmall}: not in proportion");
    }

    [Fact]
    public async Task A_silo_with_a_shared_secret_runs_only_proven_requests()
    {
        byte[] secret = "correct horse battery staple"u8.ToArray();
        await using var cluster = await PoolCluster.StartAsync(silos: 1, siloSecret: secret);
        var refused = await Assert.ThrowsAsync<ProcessException>(async () => await cluster.Pool.ApplyAsync(Work.Square, 3).WaitAsync(Patience));
        Assert.Contains("shared secret", refused.Message);

        await using var wrong = new ClusterPool(cluster.Cluster.Client, new ClusterPoolOptions { SharedSecret = "wrong"u8.ToArray() });
        await Assert.ThrowsAsync<ProcessException>(async () => await wrong.ApplyAsync(Work.Square, 3).WaitAsync(Patience));

        await using var proven = new ClusterPool(cluster.Cluster.Client, new ClusterPoolOptions { SharedSecret = secret });
        Assert.Equal(9, await proven.ApplyAsync(Work.Square, 3).WaitAsync(Patience));
    }

    [Fact]
    public async Task Cancelling_tasks_a_silo_holds_drops_them_from_the_silos_pool()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 1, configure: o => o.TasksPerWorker = 8);
        await QueuedTasks.CancelAndAssertDroppedAsync(cluster, 5000, TimeSpan.Zero);
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
