using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>
/// A pending wait for a state of a ring: every task of a joinable queue done (<c>JoinAsync</c>), or the queue
/// completed and drained (<c>Completion</c>). Sleeps on the ring's word through the <see cref="FutexWaiter"/>.
/// </summary>
internal sealed class RingConditionOperation : WaitOperation<bool>
{
    private const int PoolSize = 16;
    private static readonly ConcurrentQueue<RingConditionOperation> s_pool = new();
    private SharedRing? _ring;
    private bool _join;
    private Func<bool>? _closed;
    private SharedMemoryBlock.MappingPin _pin;
    private bool _pinned;

    /// <summary>Starts the wait: for every task done (<paramref name="join"/>) or for completion and drain.</summary>
    internal static ValueTask<bool> Start(SharedRing ring, SharedMemoryBlock.MappingPin pin, bool join, Func<bool> closed, CancellationToken cancellationToken)
    {
        var operation = s_pool.TryDequeue(out var pooled) ? pooled : new RingConditionOperation();
        operation._ring = ring;
        operation._closed = closed;
        operation._join = join;
        operation._pin = pin;
        operation._pinned = true;
        var task = operation.Task;
        operation.Start(cancellationToken, long.MaxValue);
        return task;
    }

    internal override bool IsSignaled() => base.IsSignaled() || _closed!();

    protected override bool TryComplete()
    {
        if (_closed!())
        {
            throw new ObjectDisposedException("ProcessQueue", "The queue handle was closed in this process while the wait was pending.");
        }

        var ring = _ring!;
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

    protected override void ReleaseResources()
    {
        if (_pinned)
        {
            _pinned = false;
            _pin.Dispose();
        }

        _ring = null;
        _closed = null;
    }

    protected override void ReturnToPool()
    {
        if (s_pool.Count < PoolSize)
        {
            s_pool.Enqueue(this);
        }
    }
}
