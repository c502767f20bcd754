namespace Multiprocessing.Orleans;

/// <summary>What a <see cref="ClusterPool"/> knows of one silo that serves work: its grain, workers and the tasks it holds.</summary>
internal sealed class SiloState(string address, IPoolWorkerGrain grain, int workers)
{
    internal string Address { get; } = address;

    internal IPoolWorkerGrain Grain { get; } = grain;

    internal int Workers { get; set; } = workers;

    /// <summary>False once the silo said it takes no more work (its pool is closing), until a refresh says otherwise.</summary>
    internal bool Accepting { get; set; } = true;

    /// <summary>True once the silo said it is stopping: it never takes work again (a restarted silo has a new address).</summary>
    internal bool Draining { get; set; }

    /// <summary>The tasks this pool sent it that it has not answered.</summary>
    internal HashSet<ClusterWorkItem> Held { get; } = [];

    /// <summary>Tasks this pool has sent it over the run (for tests and the sample: both silos got work).</summary>
    internal long Sent { get; set; }
}
