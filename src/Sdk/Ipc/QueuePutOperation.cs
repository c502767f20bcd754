namespace Multiprocessing.Ipc;

/// <summary>A pending <c>PutAsync</c> on a queue: tries to put the item, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class QueuePutOperation<T> : QueueWaitOperation<QueuePutOperation<T>, T, bool>
{
    private T _item = default!;

    /// <summary>Creates an idle operation (for the pool).</summary>
    public QueuePutOperation()
        : base(poolSize: 64)
    {
    }

    /// <summary>Starts a put; the task ends when the item is in the queue, or fails (cancelled, completed, closed).</summary>
    internal static ValueTask<bool> Start(QueueChannel<T> channel, T item, CancellationToken cancellationToken)
    {
        var operation = Rent();
        operation._item = item;
        return operation.Begin(channel, cancellationToken);
    }

    protected override bool TryComplete()
    {
        Channel.ThrowIfClosed(); // closed in this process while the wait was pending
        var attempt = new Put(Channel, _item);
        return Settle(ref attempt);
    }

    protected override void ReleaseResources()
    {
        base.ReleaseResources();
        _item = default!;
    }

    private struct Put(QueueChannel<T> channel, T item) : IRingAttempt<bool>
    {
        private long _getCount;

        public RingStatus TryOnce(out bool result, out bool lockBusy)
        {
            _getCount = channel.Ring.GetCount; // read before the attempt: any get since frees room
            result = true;
            return channel.WriteNow(item, out lockBusy);
        }

        public readonly bool Arm(WaitOperation operation, bool lockBusy) => channel.Ring.ArmWrite(operation, lockBusy, _getCount);

        public readonly Exception Failure(RingStatus status) => channel.ExceptionFor(status);
    }
}
