namespace Multiprocessing.Ipc;

/// <summary>A pending <c>GetAsync</c> on a queue: takes an item, else sleeps on the ring's data word.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct QueueGetAttempt<T>(QueueChannel<T> channel) : IRingAttempt<T>
{
    /// <inheritdoc />
    public static int PoolSize => 64;

    /// <inheritdoc />
    public SharedRing Ring => channel.Ring;

    /// <inheritdoc />
    public bool IsClosed => channel.IsClosed;

    /// <inheritdoc />
    public void ThrowIfClosed() => channel.ThrowIfClosed();

    /// <inheritdoc />
    public RingStatus TryOnce(out T result, out bool lockBusy) => channel.ReadNow(out result, out lockBusy);

    /// <inheritdoc />
    public bool Arm(WaitOperation operation, bool lockBusy) => channel.Ring.ArmRead(operation, lockBusy);

    /// <inheritdoc />
    public Exception Failure(RingStatus status) => channel.ExceptionFor(status);
}
