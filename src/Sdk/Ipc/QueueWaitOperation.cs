namespace Multiprocessing.Ipc;

/// <summary>
/// A pooled async wait on a queue's ring through one handle (<see cref="QueueChannel{T}"/>): a get, a put, a join or a
/// completion wait. It also wakes, and fails, when the handle is closed in this process while it sleeps.
/// </summary>
/// <typeparam name="TSelf">The operation type.</typeparam>
/// <typeparam name="T">The queue's item type.</typeparam>
/// <typeparam name="TResult">What the wait produces.</typeparam>
internal abstract class QueueWaitOperation<TSelf, T, TResult> : RingWaitOperation<TSelf, TResult>
    where TSelf : QueueWaitOperation<TSelf, T, TResult>, new()
{
    private QueueChannel<T>? _channel;

    /// <inheritdoc />
    protected QueueWaitOperation(int poolSize)
        : base(poolSize)
    {
    }

    /// <summary>The handle of the current wait.</summary>
    protected QueueChannel<T> Channel => _channel!;

    /// <inheritdoc />
    internal override bool IsSignaled() => base.IsSignaled() || _channel!.IsClosed;

    /// <summary>Starts a wait on <paramref name="channel"/>'s ring, pinning its mapping until the wait ends.</summary>
    /// <returns>The task of the wait.</returns>
    /// <exception cref="ObjectDisposedException">The handle was closed.</exception>
    protected ValueTask<TResult> Begin(QueueChannel<T> channel, CancellationToken cancellationToken)
    {
        var pin = channel.Pin();
        _channel = channel;
        return Begin(channel.Ring, pin, cancellationToken);
    }

    /// <inheritdoc />
    protected override void ReleaseResources()
    {
        base.ReleaseResources();
        _channel = null;
    }
}
