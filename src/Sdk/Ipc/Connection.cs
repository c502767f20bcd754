using System.Diagnostics;
using System.Runtime.CompilerServices;
using Multiprocessing.Ipc;

namespace Multiprocessing;

/// <summary>
/// One end of a <see cref="ProcessPipe"/> (Python's <c>multiprocessing.connection.Connection</c>): the byte-level
/// members, shared by every <see cref="Connection{T}"/>, and <see cref="Wait"/> over several connections.
/// </summary>
/// <remarks>
/// Each direction of a pipe is a ring buffer in shared memory. Every process holding an end is recorded in the ring,
/// so that a reader sees the end of the stream once every holder of the other end closed it or exited (as with
/// Python's pipes: close the parent's copy of the child's end after starting the child), and a writer sees a broken
/// pipe once nobody can read.
/// </remarks>
public abstract unsafe class Connection : IDisposable
{
    private readonly SharedMemoryBlock _block;
    private readonly SharedRing? _reader;
    private readonly SharedRing? _writer;
    private readonly int _readerSlot;
    private readonly int _writerSlot;
    private int _closed;

    private protected Connection(SharedMemoryBlock block, int end)
    {
        _block = block;
        End = end;
        int rings = (int)(block.Size / SharedRing.SizeFor(RingCapacity(block)));
        var first = new SharedRing(block.Pointer, block.Name);
        var second = rings == 2 ? new SharedRing(block.Pointer + SharedRing.SizeFor(first.Capacity), block.Name) : null;
        if (second is null)
        {
            // One-way: end 0 receives, end 1 sends (Python's Pipe(duplex=False) returns (reader, writer)).
            _reader = end == 0 ? first : null;
            _writer = end == 1 ? first : null;
        }
        else
        {
            _reader = end == 0 ? first : second;
            _writer = end == 0 ? second : first;
        }

        _readerSlot = _reader?.AddHolder(writer: false) ?? -1;
        _writerSlot = _writer?.AddHolder(writer: true) ?? -1;
    }

    /// <summary>The name of the pipe's shared memory.</summary>
    public string Name => _block.Name;

    /// <summary>Which end of the pipe this is: 0 or 1, in the order <see cref="ProcessPipe.Create{T}"/> returned them.</summary>
    public int End { get; }

    /// <summary>Whether this end can receive (Python's <c>readable</c>).</summary>
    public bool Readable => _reader is not null;

    /// <summary>Whether this end can send (Python's <c>writable</c>).</summary>
    public bool Writable => _writer is not null;

    /// <summary>Whether <see cref="Close"/> was called on this handle (Python's <c>closed</c>).</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Sends a message of raw bytes (Python's <c>send_bytes</c>).</summary>
    /// <param name="buffer">The bytes.</param>
    /// <exception cref="IOException">Every process holding the other end closed it or exited.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public void SendBytes(ReadOnlySpan<byte> buffer)
    {
        var writer = WriterRing();
        using var pin = Pin();
        ThrowIfBroken(writer.Write(buffer, long.MaxValue));
    }

    /// <summary>Sends <paramref name="size"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> on (Python's <c>send_bytes(buf, offset, size)</c>).</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="offset">Where to start.</param>
    /// <param name="size">How many bytes; null: up to the end.</param>
    public void SendBytes(byte[] buffer, int offset = 0, int? size = null)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        SendBytes(buffer.AsSpan(offset, size ?? buffer.Length - offset));
    }

    /// <summary>Receives a message as raw bytes (Python's <c>recv_bytes(maxlength)</c>); waits for one.</summary>
    /// <param name="maxLength">The longest message accepted; a longer one is dropped and reported.</param>
    /// <returns>The message.</returns>
    /// <exception cref="EndOfStreamException">Nothing is left and every holder of the other end closed it or exited.</exception>
    /// <exception cref="IOException">The message was longer than <paramref name="maxLength"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public byte[] RecvBytes(int? maxLength = null)
    {
        var sink = default(ArraySink);
        ReadInto(ref sink);
        if (maxLength is { } max && sink.Array!.Length > max)
        {
            throw new IOException($"A message of {sink.Array.Length} bytes came on pipe '{Name}', longer than maxLength {max}; it was dropped.");
        }

        return sink.Array!;
    }

    /// <summary>Receives a message into <paramref name="buffer"/> at <paramref name="offset"/> (Python's <c>recv_bytes_into</c>).</summary>
    /// <param name="buffer">Where to copy the message.</param>
    /// <param name="offset">Where in the buffer.</param>
    /// <returns>The message's length.</returns>
    /// <exception cref="BufferTooShortException">The message did not fit; it is in the exception.</exception>
    /// <exception cref="EndOfStreamException">Nothing is left and every holder of the other end closed it or exited.</exception>
    public int RecvBytesInto(byte[] buffer, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, buffer.Length);
        var sink = new BufferSink(buffer, offset);
        ReadInto(ref sink);
        return sink.Overflow is { } whole ? throw new BufferTooShortException(whole, buffer.Length - offset) : sink.Length;
    }

    /// <summary>Whether a message (or the end of the stream) can be received now without waiting (Python's <c>poll()</c>).</summary>
    /// <returns>Whether a receive would not wait.</returns>
    public bool Poll() => Poll(TimeSpan.Zero);

    /// <summary>Waits at most <paramref name="timeout"/> until a message (or the end of the stream) can be received (Python's <c>poll(timeout)</c>).</summary>
    /// <param name="timeout">How long to wait; null waits as long as it takes.</param>
    /// <returns>Whether a receive would not wait.</returns>
    public bool Poll(TimeSpan? timeout)
    {
        var reader = ReaderRing();
        using var pin = Pin();
        return reader.WaitReadable(timeout == TimeSpan.Zero ? 0 : SpinPolicy.Deadline(timeout)) is RingStatus.Ok or RingStatus.EndOfStream;
    }

    /// <summary>
    /// Waits until at least one of <paramref name="connections"/> can receive without waiting (Python's
    /// <c>multiprocessing.connection.wait</c>).
    /// </summary>
    /// <param name="connections">The connections (receiving ends).</param>
    /// <param name="timeout">How long to wait; null waits as long as it takes.</param>
    /// <returns>The connections that are ready; empty when the timeout passed.</returns>
    public static IReadOnlyList<Connection> Wait(IEnumerable<Connection> connections, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var all = connections.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("Give at least one connection to wait on.", nameof(connections));
        }

        long deadline = SpinPolicy.Deadline(timeout);
        var sleep = TimeSpan.FromMicroseconds(50);
        long spinUntil = Stopwatch.GetTimestamp() + SpinPolicy.SpinTicks;
        while (true)
        {
            var ready = all.Where(c => c.Poll()).ToList();
            long now = Stopwatch.GetTimestamp();
            if (ready.Count > 0 || now >= deadline)
            {
                return ready;
            }

            if (now < spinUntil)
            {
                Thread.SpinWait(50);
                continue;
            }

            // No futex waits on several words at once: sleep on the first one's (woken at once by its writer), and look
            // at the others after a pause that grows to 10 ms, so an idle wait costs next to no CPU.
            all[0].Poll(TimeSpan.FromTicks(Math.Min(sleep.Ticks, Math.Max(0, (deadline - now) * TimeSpan.TicksPerSecond / Stopwatch.Frequency))));
            sleep = TimeSpan.FromTicks(Math.Min(sleep.Ticks * 2, TimeSpan.TicksPerMillisecond * 10));
        }
    }

    /// <summary>
    /// Closes this handle (Python's <c>close()</c>). When no other process holds the pipe any more, its shared memory
    /// is removed; otherwise the last holder to close removes it (and the creator's exit, at the latest).
    /// </summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        if (_readerSlot >= 0)
        {
            _reader!.WakeEveryone(); // this end's pending receives end (closed); the other end's waits look and sleep again
            _reader.RemoveHolder(writer: false, _readerSlot);
        }

        if (_writerSlot >= 0)
        {
            _writer!.RemoveHolder(writer: true, _writerSlot);
        }

        Release();
    }

    /// <summary>Same as <see cref="Close"/>.</summary>
    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"Connection('{Name}', end {End}{(Readable ? ", readable" : "")}{(Writable ? ", writable" : "")}{(IsClosed ? ", closed" : "")})";

    /// <summary>Reserves this end's places for a process it is being sent to, so that the pipe does not look closed before that process attaches.</summary>
    internal void ReserveForTransfer()
    {
        _reader?.AddHolder(writer: false, pending: true);
        _writer?.AddHolder(writer: true, pending: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    private protected void ReadInto<TSink>(ref TSink sink, CancellationToken cancellationToken = default)
        where TSink : struct, IRingSink
    {
        var reader = ReaderRing();
        using var pin = Pin();
        RingStatus status;
        if (cancellationToken.CanBeCanceled)
        {
            using var registration = reader.WakeOnCancel(cancellationToken);
            status = reader.Read(ref sink, long.MaxValue, cancellationToken, out _);
        }
        else
        {
            status = reader.Read(ref sink, long.MaxValue);
        }

        if (status == RingStatus.EndOfStream)
        {
            throw EndOfStream();
        }

        if (status == RingStatus.Canceled)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>The exception for a receive after every holder of the other end is gone.</summary>
    internal EndOfStreamException EndOfStream() =>
        new($"Pipe '{Name}' has ended: every process holding its other end closed it or exited, and no message is left.");

    /// <summary>The receiving ring and a pin of the mapping, for an async receive (the operation releases the pin).</summary>
    private protected (SharedRing Ring, SharedMemoryBlock.MappingPin Pin) ReaderForAsync()
    {
        var reader = ReaderRing();
        return (reader, Pin());
    }

    private protected SharedRing ReaderRing() =>
        _reader ?? throw new InvalidOperationException($"End {End} of one-way pipe '{Name}' can only send (Python's Pipe(duplex=False) returns (receiving end, sending end)).");

    private protected SharedRing WriterRing() =>
        _writer ?? throw new InvalidOperationException($"End {End} of one-way pipe '{Name}' can only receive (Python's Pipe(duplex=False) returns (receiving end, sending end)).");

    private protected void ThrowIfBroken(RingStatus status)
    {
        if (status == RingStatus.Broken)
        {
            throw new IOException($"Pipe '{Name}' is broken: every process holding its other end closed it or exited, so nobody can receive.");
        }
    }

    /// <summary>Keeps the mapping alive for one operation, so that a Close on another thread never unmaps it mid-way.</summary>
    private SharedMemoryBlock.MappingPin Pin()
    {
        ThrowIfClosed();
        try
        {
            return _block.Pin();
        }
        catch (ObjectDisposedException)
        {
            ThrowIfClosed();
            throw;
        }
    }

    internal void ThrowIfClosed()
    {
        if (IsClosed)
        {
            throw new ObjectDisposedException(nameof(Connection), $"This end of pipe '{Name}' was closed in this process.");
        }
    }

    /// <summary>Disposes the mapping (pinned operations in flight keep it until they end), or defers that while others use the pipe.</summary>
    private void Release()
    {
        var (reader, writer) = (_reader, _writer);
        bool InUse() => (reader?.HasLiveHolders() ?? false) || (writer?.HasLiveHolders() ?? false);
        if (!InUse())
        {
            _block.Dispose();
            SharedMemoryBlock.Unlink(_block.Name); // the last holder removes it, whoever created it
        }
        else if (_block.IsOwner)
        {
            SharedMemoryTracker.Defer(_block, InUse); // still used elsewhere: removed when the others are gone
        }
        else
        {
            _block.Dispose();
        }
    }

    private static int RingCapacity(SharedMemoryBlock block) => ((RingHeader*)block.Pointer)->Capacity;
}
