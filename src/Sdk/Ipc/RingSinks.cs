using System.Runtime.CompilerServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Ipc;

/// <summary>Copies a message into a per-thread scratch buffer, from which a value is unmarshalled.</summary>
internal struct ScratchSink : IRingSink
{
    private const int KeepAtMost = 1 << 20;

    [ThreadStatic]
    private static byte[]? t_scratch;

    private byte[]? _buffer;
    private int _length;

    public Span<byte> Begin(int length)
    {
        _length = length;
        if (length > KeepAtMost)
        {
            _buffer = LargeBuffer.Allocate(length); // not kept: a large scratch would hold the memory
            return _buffer;
        }

        var scratch = t_scratch;
        if (scratch is null || scratch.Length < length)
        {
            scratch = t_scratch = new byte[Math.Max(length, 256)];
        }

        _buffer = scratch;
        return scratch.AsSpan(0, length);
    }

    public void Discard() => _buffer = null;

    /// <summary>Unmarshals the message as a <typeparamref name="T"/>; every byte must be used.</summary>
    /// <param name="kind">"queue" or "pipe", for the error message.</param>
    /// <param name="name">The queue's or pipe's name, for the error message.</param>
    public readonly T Read<T>(string kind, string name)
    {
        var reader = new MarshalReader(_buffer.AsSpan(0, _length));
        var value = Marshaller<T>.Default.Read(ref reader);
        if (reader.Remaining != 0)
        {
            reader.EnsureEnd($"a message of {kind} '{name}' read as {typeof(T).Name}"); // throws, saying where
        }

        return value;
    }
}

/// <summary>Copies a message into a new array of its exact size.</summary>
internal struct ArraySink : IRingSink
{
    public byte[]? Array;

    public Span<byte> Begin(int length) => Array = LargeBuffer.Allocate(length);

    public void Discard() => Array = null;
}

/// <summary>Copies a message into a caller's buffer, or into a new array when it does not fit.</summary>
internal struct BufferSink : IRingSink
{
    private readonly byte[] _buffer;
    private readonly int _offset;

    public BufferSink(byte[] buffer, int offset)
    {
        _buffer = buffer;
        _offset = offset;
        Length = 0;
        Overflow = null;
    }

    public int Length;

    public byte[]? Overflow;

    public Span<byte> Begin(int length)
    {
        Length = length;
        if (length <= _buffer.Length - _offset)
        {
            Overflow = null;
            return _buffer.AsSpan(_offset, length);
        }

        return Overflow = LargeBuffer.Allocate(length);
    }

    public void Discard() => Overflow = null;
}

/// <summary>Marshals values into a per-thread buffer for sending.</summary>
internal static class SendBuffer
{
    [ThreadStatic]
    private static MarshalWriter? t_writer;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static MarshalWriter Rent()
    {
        var writer = t_writer ??= new MarshalWriter();
        writer.Reset();
        return writer;
    }

    /// <summary>Forgets this thread's buffer (after a large message, so that it is not kept alive).</summary>
    internal static void Drop() => t_writer = null;
}
