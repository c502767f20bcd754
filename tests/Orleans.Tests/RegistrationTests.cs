using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Multiprocessing.Orleans.Tests.Infrastructure;
using Multiprocessing.Hosting;

namespace Multiprocessing.Orleans.Tests;

/// <summary>The registration is the only difference between a local and a cluster pool.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task AddProcessPool_registers_the_local_pool_as_IProcessPool()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddProcessPool(o => o.Processes = 1);
        using var host = builder.Build();
        await host.StartAsync();
        var pool = host.Services.GetRequiredService<IProcessPool>();
        Assert.Same(host.Services.GetRequiredService<ProcessPool>(), pool);
        Assert.Equal(16, pool.Apply(Work.Square, 4));
        int[] pids = [.. host.Services.GetRequiredService<ProcessPool>().WorkerPids];
        await host.StopAsync();
        Processes.AssertNoneAlive(pids);
    }

    [Fact]
    public async Task Inside_a_silo_AddClusterPool_makes_IProcessPool_the_cluster_pool()
    {
        await using var cluster = await PoolCluster.StartAsync(silos: 2, configureSilo: silo => silo.Services.AddClusterPool());
        var services = cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.Silos[0].SiloAddress);
        var pool = Assert.IsType<ClusterPool>(services.GetRequiredService<IProcessPool>());
        await pool.RefreshAsync();
        int[] pids = await pool.MapAsync(Work.SleepThenPid, Enumerable.Repeat(200, 8), chunkSize: 1).WaitAsync(TimeSpan.FromMinutes(2));
        var workers = cluster.Cluster.Silos.Select(s => cluster.SiloPool(s).WorkerPids.ToHashSet()).ToArray();
        Assert.All(workers, w => Assert.Contains(pids, w.Contains)); // client and worker in one host, work on both silos
    }
}
