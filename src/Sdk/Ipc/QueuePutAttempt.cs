namespace Multiprocessing.Ipc;

/// <summary>A pending <c>PutAsync</c> on a queue: puts the item, else sleeps on the ring's space word.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct QueuePutAttempt<T>(QueueChannel<T> channel, T item) : IRingAttempt<bool>
{
    private long _getCount;

    /// <inheritdoc />
    public static int PoolSize => 64;

    /// <inheritdoc />
    public readonly SharedRing Ring => channel.Ring;

    /// <inheritdoc />
    public readonly bool IsClosed => channel.IsClosed;

    /// <inheritdoc />
    public readonly void ThrowIfClosed() => channel.ThrowIfClosed();

    /// <inheritdoc />
    public RingStatus TryOnce(out bool result, out bool lockBusy)
    {
        _getCount = channel.Ring.GetCount; // read before the attempt: any get since frees room
        result = true;
        return channel.WriteNow(item, out lockBusy);
    }

    /// <inheritdoc />
    public readonly bool Arm(WaitOperation operation, bool lockBusy) => channel.Ring.ArmWrite(operation, lockBusy, _getCount);

    /// <inheritdoc />
    public readonly Exception Failure(RingStatus status) => channel.ExceptionFor(status);
}
