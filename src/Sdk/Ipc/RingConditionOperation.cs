namespace Multiprocessing.Ipc;

/// <summary>
/// A pending wait for a state of a queue's ring: every task of a joinable queue done (<c>JoinAsync</c>), or the queue
/// completed and drained (<c>Completion</c>). Sleeps on the ring's word through the <see cref="FutexWaiter"/>.
/// </summary>
/// <typeparam name="T">The queue's item type.</typeparam>
internal sealed class RingConditionOperation<T> : QueueWaitOperation<RingConditionOperation<T>, T, bool>
{
    private bool _join;

    /// <summary>Creates an idle operation (for the pool).</summary>
    public RingConditionOperation()
        : base(poolSize: 16)
    {
    }

    /// <summary>Starts the wait: for every task done (<paramref name="join"/>) or for completion and drain.</summary>
    internal static ValueTask<bool> Start(QueueChannel<T> channel, bool join, CancellationToken cancellationToken)
    {
        var operation = Rent();
        operation._join = join;
        return operation.Begin(channel, cancellationToken);
    }

    protected override bool TryComplete()
    {
        Channel.ThrowIfClosed(); // closed in this process while the wait was pending
        var ring = Ring;
        while (true)
        {
            if (_join ? ring.Unfinished == 0 : ring.IsCompletedAndDrained)
            {
                SetResult(true);
                return true;
            }

            if (_join)
            {
                if (ring.ArmJoin(this))
                {
                    return false;
                }

                continue;
            }

            ring.ArmCompletion(this);
            if (!ring.IsCompletedAndDrained)
            {
                return false;
            }

            Disarm();
        }
    }
}
