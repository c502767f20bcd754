using System.Collections.Concurrent;

namespace Multiprocessing.Ipc;

/// <summary>A pending <c>RecvAsync</c> on a pipe: receives a message, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The message type.</typeparam>
internal sealed class PipeRecvOperation<T> : WaitOperation<T>
{
    private const int PoolSize = 16;
    private static readonly ConcurrentQueue<PipeRecvOperation<T>> s_pool = new();
    private Connection<T>? _connection;
    private SharedRing? _ring;
    private SharedMemoryBlock.MappingPin _pin;
    private bool _pinned;

    /// <summary>Starts a receive; the task ends with the message, or fails (end of stream, cancelled, closed).</summary>
    internal static ValueTask<T> Start(Connection<T> connection, SharedRing ring, SharedMemoryBlock.MappingPin pin, CancellationToken cancellationToken)
    {
        var operation = s_pool.TryDequeue(out var pooled) ? pooled : new PipeRecvOperation<T>();
        operation._connection = connection;
        operation._ring = ring;
        operation._pin = pin;
        operation._pinned = true;
        var task = operation.Task;
        operation.Start(cancellationToken, long.MaxValue);
        return task;
    }

    internal override bool PeerMayBeGone() => _ring!.PeerMayBeGone(this);

    protected override bool TryComplete()
    {
        while (true)
        {
            var sink = default(ScratchSink);
            var status = _ring!.Read(ref sink, 0, default, out bool lockBusy);
            switch (status)
            {
                case RingStatus.Ok:
                    SetResult(sink.Read<T>("pipe", _connection!.Name));
                    return true;
                case RingStatus.TimedOut:
                    if (_ring.ArmRead(this, lockBusy))
                    {
                        return false;
                    }

                    continue;
                default:
                    SetException(_connection!.EndOfStream());
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

        _connection = null;
        _ring = null;
    }

    protected override void ReturnToPool()
    {
        if (s_pool.Count < PoolSize)
        {
            s_pool.Enqueue(this);
        }
    }
}
