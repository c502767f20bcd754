namespace Multiprocessing.Pool;

/// <summary>
/// A pool whose work is <see cref="PoolTask"/>s (<see cref="ProcessPool"/> on this machine, the cluster pool over the
/// silos of an Orleans cluster): where the apply, map and imap code they share (<see cref="PoolApply"/>,
/// <see cref="ChunkedMap"/>, <see cref="LazyChunkFeeder{T, TResult}"/>) queues its tasks.
/// </summary>
internal interface IPoolTaskQueue : IMapPool
{
    /// <summary>How many chunks an imap over a lazy source reads ahead of its consumer.</summary>
    int LazyWindow { get; }

    /// <summary>Queues tasks; throws when the pool takes no new tasks.</summary>
    /// <param name="tasks">Applies, or the chunks of a map.</param>
    /// <param name="cancellationToken">The caller's token (a pool that sends tasks away also cancels them there).</param>
    void Submit(IReadOnlyList<PoolTask> tasks, CancellationToken cancellationToken);

    /// <summary>A lazy imap source starts being read: a closed pool keeps working until it is done; throws when the pool no longer runs.</summary>
    void FeederStarted(ILazyFeeder feeder);

    /// <summary>Queues a chunk read from a lazy imap source; a closed pool still takes it, a terminated one throws.</summary>
    void SubmitFromFeeder(PoolTask task, CancellationToken cancellationToken);

    /// <summary>A lazy imap source was read to its end (or given up): a closed pool may now stop.</summary>
    void FeederEnded(ILazyFeeder feeder);
}
