using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>
/// What every pooled async wait on a <see cref="SharedRing"/> shares (a pipe's receive, a queue's get, put, join and
/// completion): the pool of reusable operations, the ring's liveness check, and the
/// try-arm-or-fail loop (<see cref="Settle{TAttempt}"/>). As System.Threading.Channels' <c>AsyncOperation&lt;T&gt;</c>
/// serves every channel operation, one class serves them; what differs is a struct (<see cref="IRingAttempt{TResult}"/>).
/// </summary>
/// <typeparam name="TSelf">The operation type (its pool holds only its kind).</typeparam>
/// <typeparam name="TResult">What the wait produces.</typeparam>
internal abstract class RingWaitOperation<TSelf, TResult> : WaitOperation<TResult>
    where TSelf : RingWaitOperation<TSelf, TResult>, new()
{
    private static readonly ConcurrentQueue<TSelf> s_pool = new();
    private readonly int _poolSize;
    private SharedRing? _ring;

    /// <summary>Creates an operation whose kind keeps at most <paramref name="poolSize"/> idle operations for reuse.</summary>
    protected RingWaitOperation(int poolSize) => _poolSize = poolSize;

    /// <summary>The ring of the current wait.</summary>
    protected SharedRing Ring => _ring!;

    /// <inheritdoc />
    internal override bool PeerMayBeGone() => _ring!.PeerMayBeGone(this);

    /// <summary>An idle operation from the pool, or a new one.</summary>
    protected static TSelf Rent() => s_pool.TryDequeue(out var pooled) ? pooled : new TSelf();

    /// <summary>Starts a wait on <paramref name="ring"/>, holding <paramref name="pin"/> until it ends (the caller's pin is handed over).</summary>
    /// <returns>The task of the wait.</returns>
    protected ValueTask<TResult> Begin(SharedRing ring, SharedMemoryBlock.MappingPin pin, CancellationToken cancellationToken)
    {
        _ring = ring;
        var task = Task;
        Start(pin, cancellationToken, long.MaxValue);
        return task;
    }

    /// <summary>
    /// Tries <paramref name="attempt"/> until it is done (true: the wait ended with its result or its failure) or the
    /// operation is armed to sleep (false).
    /// </summary>
    protected bool Settle<TAttempt>(ref TAttempt attempt)
        where TAttempt : struct, IRingAttempt<TResult>
    {
        while (true)
        {
            var status = attempt.TryOnce(out var result, out bool lockBusy);
            switch (status)
            {
                case RingStatus.Ok:
                    SetResult(result);
                    return true;
                case RingStatus.TimedOut:
                    if (attempt.Arm(this, lockBusy))
                    {
                        return false;
                    }

                    continue;
                default:
                    SetException(attempt.Failure(status));
                    return true;
            }
        }
    }

    /// <inheritdoc />
    protected override void ReleaseResources() => _ring = null;

    /// <inheritdoc />
    protected sealed override void ReturnToPool()
    {
        if (s_pool.Count < _poolSize)
        {
            s_pool.Enqueue((TSelf)this);
        }
    }
}
