using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Managers.Server;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Client;

/// <summary>
/// Length-prefixed frames over a <see cref="ManagerSocket"/>: <c>int32 payload length | payload</c>. One buffer for
/// what arrives (frames are parsed in place; bytes of a following frame stay for the next read) and one reusable
/// writer for what leaves, so a round trip allocates nothing.
/// </summary>
internal sealed class ManagerChannel : IDisposable
{
    internal const int HeaderSize = 4;

    private readonly ManagerSocket _socket;
    private readonly int _maxPayload;
    private readonly MarshalWriter _out = new(1024);
    private byte[] _in = new byte[16 * 1024];
    private int _start;
    private int _end;

    internal ManagerChannel(ManagerSocket socket, int maxPayload)
    {
        _socket = socket;
        _maxPayload = maxPayload;
    }

    internal ManagerSocket Socket => _socket;

    /// <summary>The receive buffer; a frame read by <see cref="TryRead"/> lies in it until the next read.</summary>
    internal byte[] Buffer => _in;

    /// <summary>Starts a frame: returns the writer, positioned after the header.</summary>
    internal MarshalWriter Begin()
    {
        _out.Reset();
        _out.WriteUnmanaged(0);
        return _out;
    }

    /// <summary>The payload size of the frame being written.</summary>
    internal int PendingPayload => _out.Length - HeaderSize;

    /// <summary>The payload of the frame being written (for the shared-memory mailbox).</summary>
    internal ReadOnlySpan<byte> PendingPayloadSpan => _out.WrittenSpan[HeaderSize..];

    /// <summary>Sends the frame started by <see cref="Begin"/>.</summary>
    internal void Send()
    {
        var frame = MemoryMarshal.AsMemory(_out.WrittenMemory).Span;
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length - HeaderSize);
        _socket.SendAll(frame);
    }

    /// <summary>
    /// Reads one frame. Returns false on a clean end of stream before a frame starts; throws
    /// <see cref="ManagerFrameException"/> for a frame over the size limit or a stream that ends inside a frame.
    /// </summary>
    /// <param name="spin">How long the first receive may poll before it blocks.</param>
    /// <param name="timeoutMilliseconds">How long the whole frame may take to arrive, however slowly its bytes come (-1: forever).</param>
    /// <param name="offset">Where the payload starts in <see cref="Buffer"/>.</param>
    /// <param name="length">The payload's length.</param>
    /// <param name="limit">A tighter size limit for this frame (the handshake's), or 0 for the channel's.</param>
    internal bool TryRead(TimeSpan spin, int timeoutMilliseconds, out int offset, out int length, int limit = 0)
    {
        int max = limit > 0 ? Math.Min(limit, _maxPayload) : _maxPayload;
        long deadline = timeoutMilliseconds < 0 ? long.MaxValue : System.Diagnostics.Stopwatch.GetTimestamp() + (timeoutMilliseconds * System.Diagnostics.Stopwatch.Frequency / 1000);
        offset = 0;
        length = 0;
        if (_start == _end)
        {
            _start = _end = 0;
        }

        if (_end - _start < HeaderSize && !Fill(HeaderSize, spin, deadline, timeoutMilliseconds, allowEof: true))
        {
            return false;
        }

        int payload = BinaryPrimitives.ReadInt32LittleEndian(_in.AsSpan(_start));
        if (payload < 0 || payload > max)
        {
            throw new ManagerFrameException(payload < 0
                ? $"a frame announced a negative length ({payload})"
                : $"a frame of {payload} bytes exceeds the {max}-byte limit");
        }

        int need = HeaderSize + payload;
        if (_end - _start < need)
        {
            if (_in.Length < need)
            {
                var bigger = new byte[(int)Math.Min(Math.Max(need, (long)_in.Length * 2), Array.MaxLength)];
                _in.AsSpan(_start, _end - _start).CopyTo(bigger);
                _end -= _start;
                _start = 0;
                _in = bigger;
            }

            Fill(need, TimeSpan.Zero, deadline, timeoutMilliseconds, allowEof: false);
        }

        offset = _start + HeaderSize;
        length = payload;
        _start += need;
        return true;
    }

    public void Dispose() => _socket.Dispose();

    /// <summary>Receives until <paramref name="need"/> bytes from <c>_start</c> are buffered, by <paramref name="deadline"/> (a Stopwatch timestamp; long.MaxValue: none).</summary>
    private bool Fill(int need, TimeSpan spin, long deadline, int timeoutMilliseconds, bool allowEof)
    {
        if (_in.Length - _start < need)
        {
            _in.AsSpan(_start, _end - _start).CopyTo(_in);
            _end -= _start;
            _start = 0;
        }

        while (_end - _start < need)
        {
            if (deadline != long.MaxValue &&
                !_socket.WaitReadable((int)Math.Max(0, (deadline - System.Diagnostics.Stopwatch.GetTimestamp()) * 1000 / System.Diagnostics.Stopwatch.Frequency)))
            {
                throw new ManagerFrameException($"the peer sent no complete frame within {timeoutMilliseconds} ms");
            }

            int n;
            try
            {
                n = _socket.Receive(_in.AsSpan(_end), spin);
            }
            catch (SocketException ex)
            {
                throw new ManagerFrameException($"the connection broke ({ex.Message})", ex);
            }

            spin = TimeSpan.Zero;
            if (n == 0)
            {
                if (allowEof && _end == _start)
                {
                    return false;
                }

                throw new ManagerFrameException("the connection closed in the middle of a frame");
            }

            _end += n;
        }

        return true;
    }
}
