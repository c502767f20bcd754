namespace Multiprocessing.Ipc;

/// <summary>
/// A pending wait for a state of a queue's ring: every task of a joinable queue done (<c>JoinAsync</c>, on the
/// unfinished count), or the queue completed and drained (<c>Completion</c>, on the space word).
/// </summary>
/// <typeparam name="T">The queue's item type.</typeparam>
internal readonly struct QueueConditionAttempt<T>(QueueChannel<T> channel, bool join) : IRingAttempt<bool>
{
    /// <inheritdoc />
    public static int PoolSize => 16;

    /// <inheritdoc />
    public SharedRing Ring => channel.Ring;

    /// <inheritdoc />
    public bool IsClosed => channel.IsClosed;

    /// <inheritdoc />
    public void ThrowIfClosed() => channel.ThrowIfClosed();

    /// <inheritdoc />
    public RingStatus TryOnce(out bool result, out bool lockBusy)
    {
        result = true;
        lockBusy = false;
        return (join ? Ring.Unfinished == 0 : Ring.IsCompletedAndDrained) ? RingStatus.Ok : RingStatus.TimedOut;
    }

    /// <inheritdoc />
    public bool Arm(WaitOperation operation, bool lockBusy)
    {
        if (join)
        {
            return Ring.ArmJoin(operation); // false: the count reached zero meanwhile
        }

        Ring.ArmCompletion(operation);
        if (!Ring.IsCompletedAndDrained)
        {
            return true;
        }

        operation.Disarm(); // completed and drained meanwhile: the next attempt reports it
        return false;
    }

    /// <inheritdoc />
    public Exception Failure(RingStatus status) => channel.ExceptionFor(status); // not reached: an attempt is Ok or TimedOut
}
