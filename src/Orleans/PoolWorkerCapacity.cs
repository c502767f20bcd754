namespace Multiprocessing.Orleans;

/// <summary>What a silo's pool offers the cluster: its workers, and the cluster tasks it holds now.</summary>
[GenerateSerializer]
[Immutable]
public sealed class PoolWorkerCapacity
{
    /// <summary>The silo's pool workers (0: the silo runs no pool worker).</summary>
    [Id(0)]
    public int Workers { get; init; }

    /// <summary>Cluster tasks the silo holds now (sent by any client, running or queued).</summary>
    [Id(1)]
    public int Running { get; init; }

    /// <summary>Whether the silo still takes work (false once its pool is closing).</summary>
    [Id(2)]
    public bool Accepting { get; init; }
}
