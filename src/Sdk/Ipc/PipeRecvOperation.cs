namespace Multiprocessing.Ipc;

/// <summary>A pending <c>RecvAsync</c> on a pipe: receives a message, else sleeps on the ring through the <see cref="FutexWaiter"/>.</summary>
/// <typeparam name="T">The message type.</typeparam>
internal sealed class PipeRecvOperation<T> : RingWaitOperation<PipeRecvOperation<T>, T>
{
    private Connection<T>? _connection;

    /// <summary>Creates an idle operation (for the pool).</summary>
    public PipeRecvOperation()
        : base(poolSize: 16)
    {
    }

    /// <summary>Starts a receive; the task ends with the message, or fails (end of stream, cancelled, closed).</summary>
    internal static ValueTask<T> Start(Connection<T> connection, SharedRing ring, SharedMemoryBlock.MappingPin pin, CancellationToken cancellationToken)
    {
        var operation = Rent();
        operation._connection = connection;
        return operation.Begin(ring, pin, cancellationToken);
    }

    protected override bool TryComplete()
    {
        var attempt = new Recv(_connection!, Ring);
        return Settle(ref attempt);
    }

    protected override void ReleaseResources()
    {
        base.ReleaseResources();
        _connection = null;
    }

    private readonly struct Recv(Connection<T> connection, SharedRing ring) : IRingAttempt<T>
    {
        public RingStatus TryOnce(out T result, out bool lockBusy)
        {
            var sink = default(ScratchSink);
            var status = ring.Read(ref sink, 0, default, out lockBusy);
            result = status == RingStatus.Ok ? sink.Read<T>("pipe", connection.Name) : default!;
            return status;
        }

        public bool Arm(WaitOperation operation, bool lockBusy) => ring.ArmRead(operation, lockBusy);

        public Exception Failure(RingStatus status) => connection.EndOfStream();
    }
}
