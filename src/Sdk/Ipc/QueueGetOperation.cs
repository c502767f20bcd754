namespace Multiprocessing.Ipc;

/// <summary>A pending <c>GetAsync</c> on a queue: tries to take an item, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class QueueGetOperation<T> : QueueWaitOperation<QueueGetOperation<T>, T, T>
{
    /// <summary>Creates an idle operation (for the pool).</summary>
    public QueueGetOperation()
        : base(poolSize: 64)
    {
    }

    /// <summary>Starts a get; the task ends with the item, or fails (cancelled, completed, closed).</summary>
    internal static ValueTask<T> Start(QueueChannel<T> channel, CancellationToken cancellationToken) =>
        Rent().Begin(channel, cancellationToken);

    protected override bool TryComplete()
    {
        Channel.ThrowIfClosed(); // closed in this process while the wait was pending
        var attempt = new Get(Channel);
        return Settle(ref attempt);
    }

    private readonly struct Get(QueueChannel<T> channel) : IRingAttempt<T>
    {
        public RingStatus TryOnce(out T result, out bool lockBusy) => channel.ReadNow(out result, out lockBusy);

        public bool Arm(WaitOperation operation, bool lockBusy) => channel.Ring.ArmRead(operation, lockBusy);

        public Exception Failure(RingStatus status) => channel.ExceptionFor(status);
    }
}
