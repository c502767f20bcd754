using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>A pending <c>GetAsync</c> on a queue: tries to take an item, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class QueueGetOperation<T> : WaitOperation<T>
{
    private const int PoolSize = 64;
    private static readonly ConcurrentQueue<QueueGetOperation<T>> s_pool = new();
    private QueueChannel<T>? _channel;
    private SharedMemoryBlock.MappingPin _pin;
    private bool _pinned;

    /// <summary>Starts a get; the task ends with the item, or fails (cancelled, completed, closed).</summary>
    internal static ValueTask<T> Start(QueueChannel<T> channel, CancellationToken cancellationToken)
    {
        var operation = s_pool.TryDequeue(out var pooled) ? pooled : new QueueGetOperation<T>();
        operation._channel = channel;
        operation._pin = channel.Pin();
        operation._pinned = true;
        var task = operation.Task;
        operation.Start(cancellationToken, long.MaxValue);
        return task;
    }

    internal override bool PeerMayBeGone() => _channel!.Ring.PeerMayBeGone(this);

    internal override bool IsSignaled() => base.IsSignaled() || _channel!.IsClosed;

    protected override bool TryComplete()
    {
        var channel = _channel!;
        channel.ThrowIfClosed(); // closed in this process while the wait was pending
        while (true)
        {
            var status = channel.ReadNow(out var item, out bool lockBusy);
            switch (status)
            {
                case RingStatus.Ok:
                    SetResult(item);
                    return true;
                case RingStatus.TimedOut:
                    if (channel.Ring.ArmRead(this, lockBusy))
                    {
                        return false;
                    }

                    continue;
                default:
                    SetException(channel.ExceptionFor(status));
                    return true;
            }
        }
    }

    protected override void ReleaseResources()
    {
        if (_pinned)
        {
            _pinned = false;
            _pin.Dispose();
        }

        _channel = null;
    }

    protected override void ReturnToPool()
    {
        if (s_pool.Count < PoolSize)
        {
            s_pool.Enqueue(this);
        }
    }
}
