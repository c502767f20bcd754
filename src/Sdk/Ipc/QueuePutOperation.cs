using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>A pending <c>PutAsync</c> on a queue: tries to put the item, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class QueuePutOperation<T> : WaitOperation<bool>
{
    private const int PoolSize = 64;
    private static readonly ConcurrentQueue<QueuePutOperation<T>> s_pool = new();
    private QueueChannel<T>? _channel;
    private T _item = default!;
    private SharedMemoryBlock.MappingPin _pin;
    private bool _pinned;

    /// <summary>Starts a put; the task ends when the item is in the queue, or fails (cancelled, completed, closed).</summary>
    internal static ValueTask<bool> Start(QueueChannel<T> channel, T item, CancellationToken cancellationToken)
    {
        var operation = s_pool.TryDequeue(out var pooled) ? pooled : new QueuePutOperation<T>();
        operation._channel = channel;
        operation._item = item;
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
            long getCount = channel.Ring.GetCount;
            var status = channel.WriteNow(_item, out bool lockBusy);
            switch (status)
            {
                case RingStatus.Ok:
                    SetResult(true);
                    return true;
                case RingStatus.TimedOut:
                    if (channel.Ring.ArmWrite(this, lockBusy, getCount))
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
        _item = default!;
    }

    protected override void ReturnToPool()
    {
        if (s_pool.Count < PoolSize)
        {
            s_pool.Enqueue(this);
        }
    }
}
