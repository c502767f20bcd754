namespace Multiprocessing.Ipc;

/// <summary>A pending <c>RecvAsync</c> on a pipe: receives a message, else sleeps on the ring's data word.</summary>
/// <typeparam name="T">The message type.</typeparam>
internal readonly struct PipeRecvAttempt<T>(Connection<T> connection, SharedRing ring) : IRingAttempt<T>
{
    /// <inheritdoc />
    public static int PoolSize => 16;

    /// <inheritdoc />
    public SharedRing Ring => ring;

    /// <inheritdoc />
    public bool IsClosed => connection.IsClosed;

    /// <inheritdoc />
    public void ThrowIfClosed() => connection.ThrowIfClosed();

    /// <inheritdoc />
    public RingStatus TryOnce(out T result, out bool lockBusy)
    {
        var sink = default(ScratchSink);
        var status = ring.Read(ref sink, 0, default, out lockBusy);
        result = status == RingStatus.Ok ? sink.Read<T>("pipe", connection.Name) : default!;
        return status;
    }

    /// <inheritdoc />
    public bool Arm(WaitOperation operation, bool lockBusy) => ring.ArmRead(operation, lockBusy);

    /// <inheritdoc />
    public Exception Failure(RingStatus status) => connection.EndOfStream();
}
