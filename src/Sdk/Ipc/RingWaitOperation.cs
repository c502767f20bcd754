using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>
/// A pooled async wait on a <see cref="SharedRing"/>: a queue's get, put, join or completion wait, a pipe's receive.
/// As System.Threading.Channels' <c>AsyncOperation&lt;T&gt;</c> serves every channel operation, this one class serves
/// them all: the pool of reusable operations, the closed-handle and liveness checks, and the try, arm or fail loop;
/// what differs is <typeparamref name="TAttempt"/>, a struct (<see cref="IRingAttempt{TResult}"/>).
/// </summary>
/// <typeparam name="TAttempt">The kind of wait, with its state.</typeparam>
/// <typeparam name="TResult">What the wait produces.</typeparam>
internal sealed class RingWaitOperation<TAttempt, TResult> : WaitOperation<TResult>
    where TAttempt : struct, IRingAttempt<TResult>
{
    private static readonly ConcurrentQueue<RingWaitOperation<TAttempt, TResult>> s_pool = new();
    private TAttempt _attempt;

    /// <summary>
    /// Starts a wait; the task ends with its result, or fails (cancelled, closed, or as <see cref="IRingAttempt{TResult}.Failure"/> says).
    /// </summary>
    /// <param name="attempt">The kind of wait, with its state.</param>
    /// <param name="pin">The pin on the ring's mapping, handed over: held until the wait ends.</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The task of the wait.</returns>
    internal static ValueTask<TResult> Start(TAttempt attempt, SharedMemoryBlock.MappingPin pin, CancellationToken cancellationToken)
    {
        var operation = s_pool.TryDequeue(out var pooled) ? pooled : new RingWaitOperation<TAttempt, TResult>();
        operation._attempt = attempt;
        var task = operation.Task;
        operation.Start(pin, cancellationToken, long.MaxValue);
        return task;
    }

    /// <inheritdoc />
    internal override bool IsSignaled() => base.IsSignaled() || _attempt.IsClosed;

    /// <inheritdoc />
    internal override bool PeerMayBeGone() => _attempt.Ring.PeerMayBeGone(this);

    /// <inheritdoc />
    protected override bool TryComplete()
    {
        _attempt.ThrowIfClosed(); // closed in this process while the wait was pending
        while (true)
        {
            var status = _attempt.TryOnce(out var result, out bool lockBusy);
            switch (status)
            {
                case RingStatus.Ok:
                    SetResult(result);
                    return true;
                case RingStatus.TimedOut:
                    if (_attempt.Arm(this, lockBusy))
                    {
                        return false;
                    }

                    continue;
                default:
                    SetException(_attempt.Failure(status));
                    return true;
            }
        }
    }

    /// <inheritdoc />
    protected override void ReleaseResources() => _attempt = default;

    /// <inheritdoc />
    protected override void ReturnToPool()
    {
        if (s_pool.Count < TAttempt.PoolSize)
        {
            s_pool.Enqueue(this);
        }
    }
}
