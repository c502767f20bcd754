using System.Runtime.CompilerServices;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// One end of a <see cref="ProcessPipe"/> that sends and receives <typeparamref name="T"/> values (Python's
/// <c>Connection.send</c>/<c>recv</c>, typed). Pass it to a <see cref="ProcessTargetAttribute"/> method; the child
/// uses the same end.
/// </summary>
/// <typeparam name="T">The message type.</typeparam>
public sealed class Connection<T> : Connection, IProcessHandle<Connection<T>>
{
    private Connection(SharedMemoryBlock block, int end)
        : base(block, end)
    {
    }

    /// <summary>Opens end <paramref name="end"/> of the pipe named <paramref name="name"/>.</summary>
    /// <param name="name">The pipe's name (<see cref="Connection.Name"/>).</param>
    /// <param name="end">0 or 1.</param>
    /// <returns>The connection.</returns>
    public static Connection<T> Attach(string name, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(end);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, 1);
        var block = SharedMemoryBlock.Attach(name);
        try
        {
            return new Connection<T>(block, end);
        }
        catch
        {
            block.Dispose();
            throw;
        }
    }

    internal static Connection<T> Open(SharedMemoryBlock block, int end) => new(block, end);

    /// <summary>Sends a value (Python's <c>send(obj)</c>).</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="IOException">Every process holding the other end closed it or exited.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public void Send(T value)
    {
        var writer = SendBuffer.Rent();
        Marshaller<T>.Default.Write(writer, value);
        SendBytes(writer.WrittenSpan);
        if (writer.Length > 1 << 20)
        {
            SendBuffer.Drop();
        }
    }

    /// <summary>Receives the next value, waiting for one (Python's <c>recv()</c>).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="EndOfStreamException">Nothing is left and every holder of the other end closed it or exited.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public T Recv()
    {
        var sink = default(ScratchSink);
        ReadInto(ref sink);
        return sink.Read<T>("pipe", Name);
    }

    /// <summary>Receives the next value, waiting for one until the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting (nothing is received then).</param>
    /// <returns>The value.</returns>
    /// <exception cref="EndOfStreamException">Nothing is left and every holder of the other end closed it or exited.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before a value came.</exception>
    public T Recv(CancellationToken cancellationToken)
    {
        var sink = default(ScratchSink);
        ReadInto(ref sink, cancellationToken);
        return sink.Read<T>("pipe", Name);
    }

    /// <summary>
    /// Receives the next value, waiting without blocking the caller's thread (nor holding one: the process's waiter
    /// thread sleeps on the pipe with every other pending wait).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (nothing is received then).</param>
    /// <returns>The value.</returns>
    /// <exception cref="EndOfStreamException">Nothing is left and every holder of the other end closed it or exited.</exception>
    public Task<T> RecvAsync(CancellationToken cancellationToken = default) => RecvValueAsync(cancellationToken).AsTask();

    /// <summary>
    /// Receives values as they come until the other end is closed by every process holding it (or they exited) and
    /// nothing is left: the pipe's end of stream ends the enumeration instead of an <see cref="EndOfStreamException"/>.
    /// </summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The values.</returns>
    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            T value;
            try
            {
                value = await RecvValueAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                yield break;
            }

            yield return value;
        }
    }

    private ValueTask<T> RecvValueAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<T>(cancellationToken);
        }

        var (ring, pin) = ReaderForAsync();
        return RingWaitOperation<PipeRecvAttempt<T>, T>.Start(new(this, ring), pin, cancellationToken);
    }

    /// <summary>
    /// Reserves this end's place for the receiving process (so that the pipe does not look closed before that process
    /// attaches), and writes which end it is.
    /// </summary>
    /// <param name="writer">The destination, after the pipe's name.</param>
    void IProcessHandle<Connection<T>>.WriteAttachData(MarshalWriter writer)
    {
        ReserveForTransfer();
        writer.WriteUnmanaged((byte)End);
    }

    /// <inheritdoc />
    static Connection<T> IProcessHandle<Connection<T>>.Attach(string name, ref MarshalReader data)
    {
        byte end = data.ReadUnmanaged<byte>();
        return end <= 1 ? Attach(name, end) : throw new MarshalException($"Malformed data: pipe end {end} (0 or 1 expected).");
    }
}
