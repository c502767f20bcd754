using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Multiprocessing.Orleans.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster (TestingHost) whose silos each run a <see cref="ProcessPool"/> of real worker
/// processes and serve it (<see cref="SiloBuilderExtensions.AddProcessPoolWorker"/>), and a <see cref="ClusterPool"/> on
/// its client. Disposing it stops everything and checks that no worker process is left.
/// </summary>
public sealed class PoolCluster : IAsyncDisposable
{
    private readonly HashSet<int> _workerPids = [];

    private PoolCluster(InProcessTestCluster cluster, ClusterPool pool)
    {
        Cluster = cluster;
        Pool = pool;
    }

    public InProcessTestCluster Cluster { get; }

    public ClusterPool Pool { get; }

    /// <summary>Starts <paramref name="silos"/> silos with <paramref name="workersPerSilo"/> pool workers each.</summary>
    public static async Task<PoolCluster> StartAsync(int silos = 2, int workersPerSilo = 1, Action<ClusterPoolOptions>? configure = null, byte[]? siloSecret = null, Action<ISiloBuilder>? configureSilo = null, Func<int, int>? workersOfSilo = null, Action<IClientBuilder>? configureClient = null)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        int configured = 0;
        builder.ConfigureSilo((_, silo) => silo.AddProcessPoolWorker(
            pool => { pool.Processes = workersOfSilo?.Invoke(configured++) ?? workersPerSilo; pool.WarmUp = true; },
            worker => worker.SharedSecret = siloSecret));
        if (configureSilo is not null)
        {
            builder.ConfigureSilo((_, silo) => configureSilo(silo));
        }

        if (configureClient is not null)
        {
            builder.ConfigureClient(configureClient);
        }

        var cluster = builder.Build();
        await cluster.DeployAsync();
        var options = new ClusterPoolOptions();
        configure?.Invoke(options);
        var pool = new ClusterPool(cluster.Client, options);
        await pool.RefreshAsync();
        var started = new PoolCluster(cluster, pool);
        started.RecordWorkers();
        return started;
    }

    /// <summary>The pool of a silo (its own, local one).</summary>
    public ProcessPool SiloPool(InProcessSiloHandle silo) =>
        Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<ProcessPool>();

    /// <summary>Notes the worker pids of every running silo, to check after disposal that none is left.</summary>
    public void RecordWorkers()
    {
        foreach (var silo in Cluster.Silos)
        {
            foreach (int pid in SiloPool(silo).WorkerPids)
            {
                _workerPids.Add(pid);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        RecordWorkers();
        await Pool.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Processes.AssertNoneAlive(_workerPids);
    }
}
