using System.Buffers.Binary;

namespace Multiprocessing.Spawn;

/// <summary>
/// A framed, bidirectional channel over a connected <see cref="ControlTransport"/>: each frame is a 4-byte little-endian
/// payload length, a <see cref="FrameType"/> byte and the payload. Sends are serialized; one reader at a time.
/// </summary>
internal sealed class ControlConnection : IDisposable
{
    /// <summary>The largest payload a frame may carry (1 GiB); larger ones are refused on both ends.</summary>
    internal const int MaxPayload = 1 << 30;

    private const int HeaderSize = 5;
    private readonly ControlTransport _transport;
    private readonly object _sendGate = new();
    private readonly byte[] _header = new byte[HeaderSize];

    internal ControlConnection(ControlTransport transport) => _transport = transport;

    internal ControlTransport Transport => _transport;

    internal void Send(FrameType type, ReadOnlySpan<byte> payload)
    {
        CheckSize(payload.Length);
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        header[4] = (byte)type;
        lock (_sendGate)
        {
            SendAll(header);
            SendAll(payload);
        }
    }

    internal ValueTask SendAsync(FrameType type, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        SendAsync(type, payload, ReadOnlyMemory<byte>.Empty, cancellationToken);

    /// <summary>Sends one frame whose payload is <paramref name="first"/> followed by <paramref name="second"/>, without joining them.</summary>
    internal async ValueTask SendAsync(FrameType type, ReadOnlyMemory<byte> first, ReadOnlyMemory<byte> second, CancellationToken cancellationToken = default)
    {
        long total = (long)first.Length + second.Length;
        CheckSize(total > int.MaxValue ? int.MaxValue : (int)total);
        var header = new byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, (int)total);
        header[4] = (byte)type;
        await SendAllAsync(header, cancellationToken).ConfigureAwait(false);
        await SendAllAsync(first, cancellationToken).ConfigureAwait(false);
        await SendAllAsync(second, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame; returns false on a clean end of stream before a frame starts.</summary>
    internal bool TryReceive(out FrameType type, out byte[] payload)
    {
        if (!ReceiveExactly(_header, allowEof: true))
        {
            type = default;
            payload = [];
            return false;
        }

        int length = ParseHeader(_header, out type);
        payload = length == 0 ? [] : new byte[length];
        ReceiveExactly(payload, allowEof: false);
        return true;
    }

    /// <summary>Reads one frame into <paramref name="buffer"/> (grown when too small); returns false on a clean end of stream.</summary>
    internal bool TryReceive(ref byte[] buffer, out FrameType type, out int length)
    {
        if (!ReceiveExactly(_header, allowEof: true))
        {
            type = default;
            length = 0;
            return false;
        }

        length = ParseHeader(_header, out type);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        ReceiveExactly(buffer.AsSpan(0, length), allowEof: false);
        return true;
    }

    /// <summary>Reads one frame; returns null on a clean end of stream before a frame starts.</summary>
    internal async ValueTask<(FrameType Type, byte[] Payload)?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var header = new byte[HeaderSize];
        if (!await ReceiveExactlyAsync(header, allowEof: true, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        int length = ParseHeader(header, out var type);
        var payload = length == 0 ? [] : new byte[length];
        await ReceiveExactlyAsync(payload, allowEof: false, cancellationToken).ConfigureAwait(false);
        return (type, payload);
    }

    /// <summary>
    /// Reads one frame into a buffer rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/>; returns null on a
    /// clean end of stream. The caller returns the buffer once it is done with the payload.
    /// </summary>
    internal async ValueTask<(FrameType Type, byte[] Buffer, int Length)?> ReceivePooledAsync(CancellationToken cancellationToken = default)
    {
        var header = new byte[HeaderSize];
        if (!await ReceiveExactlyAsync(header, allowEof: true, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        int length = ParseHeader(header, out var type);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            await ReceiveExactlyAsync(buffer.AsMemory(0, length), allowEof: false, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return (type, buffer, length);
    }

    /// <summary>Reads one frame of the expected type, or throws a <see cref="ProcessException"/> that says what came instead.</summary>
    internal byte[] Expect(FrameType expected)
    {
        if (!TryReceive(out var type, out var payload))
        {
            throw new ProcessException($"The control channel closed while a {expected} frame was expected.");
        }

        return type == expected ? payload : throw Unexpected(expected, type, payload);
    }

    internal async ValueTask<byte[]> ExpectAsync(FrameType expected, CancellationToken cancellationToken = default)
    {
        var frame = await ReceiveAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ProcessException($"The control channel closed while a {expected} frame was expected.");
        return frame.Type == expected ? frame.Payload : throw Unexpected(expected, frame.Type, frame.Payload);
    }

    public void Dispose() => _transport.Dispose();

    private static ProcessException Unexpected(FrameType expected, FrameType actual, byte[] payload) =>
        actual == FrameType.Failure
            ? new ProcessAuthenticationException("The peer refused the authentication (its proof of the spawn token did not match): parent and child must run the same build of Multiprocessing.")
            : new ProcessException($"Corrupt control frame: a {expected} frame was expected but a {actual} frame of {payload.Length} bytes arrived.");

    private static int ParseHeader(ReadOnlySpan<byte> header, out FrameType type)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        type = (FrameType)header[4];
        if (length < 0 || length > MaxPayload)
        {
            throw new ProcessException($"Corrupt control frame: a payload length of {length} bytes is outside 0..{MaxPayload}.");
        }

        if (type < FrameType.Hello || type > FrameType.Cancel)
        {
            throw new ProcessException($"Corrupt control frame: unknown frame type {(byte)type}.");
        }

        return length;
    }

    private static void CheckSize(int length)
    {
        if (length > MaxPayload)
        {
            throw new ProcessException($"A control message of {length} bytes exceeds the {MaxPayload}-byte limit: pass large data through a SharedMemoryBlock or a queue instead of the arguments.");
        }
    }

    private async ValueTask SendAllAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            int sent = await _transport.SendAsync(data, cancellationToken).ConfigureAwait(false);
            data = data[sent..];
        }
    }

    private void SendAll(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            int sent = _transport.Send(data);
            data = data[sent..];
        }
    }

    private bool ReceiveExactly(Span<byte> buffer, bool allowEof)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = _transport.Receive(buffer[read..]);
            if (n == 0)
            {
                return AtEndOfStream(read, allowEof);
            }

            read += n;
        }

        return true;
    }

    private async ValueTask<bool> ReceiveExactlyAsync(Memory<byte> buffer, bool allowEof, CancellationToken cancellationToken)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await _transport.ReceiveAsync(buffer[read..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return AtEndOfStream(read, allowEof);
            }

            read += n;
        }

        return true;
    }

    /// <summary>The stream ended after <paramref name="read"/> bytes of a frame: false at a frame boundary where allowed, else a truncated frame.</summary>
    private static bool AtEndOfStream(int read, bool allowEof) =>
        read == 0 && allowEof
            ? false
            : throw new ProcessException("The control channel closed in the middle of a frame (the peer exited or the frame is truncated).");
}
