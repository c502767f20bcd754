namespace Multiprocessing.Orleans.Tests.Infrastructure;

/// <summary>One 2-silo cluster (1 worker process per silo) shared by a test class: the cluster starts once.</summary>
public sealed class TwoSiloFixture : IAsyncLifetime
{
    public PoolCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await PoolCluster.StartAsync(silos: 2, workersPerSilo: 1);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
