using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multiprocessing.Marshalling;

/// <summary>
/// A growable, reusable buffer that values are written into in the SDK's wire format
/// (little-endian; see docs/wire-format.md).
/// </summary>
public sealed class MarshalWriter : IBufferWriter<byte>
{
    /// <summary>The header value that marks a null collection, string or array.</summary>
    public const int NullLength = -1;

    /// <summary>The object header value that marks a null object.</summary>
    public const byte NullObject = 255;

    private byte[] _buffer;
    private int _position;
    private int _depth;

    /// <summary>Creates an empty writer.</summary>
    /// <param name="initialCapacity">The initial buffer size in bytes.</param>
    public MarshalWriter(int initialCapacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _buffer = initialCapacity == 0 ? [] : new byte[initialCapacity];
    }

    /// <summary>The number of bytes written so far.</summary>
    public int Length => _position;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    /// <summary>How many levels of objects, collections and tuples the value being written is inside now.</summary>
    public int Depth => _depth;

    /// <summary>Forgets what was written, keeping the buffer for reuse.</summary>
    public void Reset()
    {
        _position = 0;
        _depth = 0; // a write that failed part-way never left its levels
    }

    /// <summary>
    /// Enters one level of nesting: call it before writing the members of an object, the elements of a collection or
    /// the items of a tuple, and <see cref="ExitNested"/> after them. It stops a cyclic or too deeply nested object
    /// graph with a clear error instead of a stack overflow, and refuses what the receiver would refuse.
    /// </summary>
    /// <exception cref="MarshalException">
    /// The value nests deeper than <see cref="MarshalLimits.MaxDepth"/> (or has a cycle), or the thread's stack is
    /// nearly exhausted.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterNested()
    {
        int depth = ++_depth;
        if (depth > MarshalLimits.s_slowPathDepth)
        {
            MarshalLimits.CheckDepth(depth, offset: -1);
        }
    }

    /// <summary>Leaves the level entered by the matching <see cref="EnterNested"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ExitNested() => _depth--;

    /// <summary>Copies the bytes written so far into a new array.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <inheritdoc />
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _position))
        {
            throw new ArgumentOutOfRangeException(nameof(count), "Cannot advance past the end of the span obtained from GetSpan.");
        }

        _position += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_position);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_position);
    }

    /// <summary>Writes a value of an unmanaged type as its raw bytes.</summary>
    /// <typeparam name="T">A type without references (primitives, enums, unmanaged structs).</typeparam>
    /// <param name="value">The value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteUnmanaged<T>(T value) where T : unmanaged
    {
        int size = Unsafe.SizeOf<T>();
        if (_buffer.Length - _position < size)
        {
            Grow(size);
        }

        Unsafe.WriteUnaligned(ref _buffer[_position], value);
        _position += size;
    }

    /// <summary>Writes a 32-bit length header (<see cref="NullLength"/> for null).</summary>
    /// <param name="length">The element count, or <see cref="NullLength"/>.</param>
    public void WriteLengthHeader(int length)
    {
        if (length < NullLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "A length header is a count or NullLength (-1).");
        }

        WriteUnmanaged(length);
    }

    /// <summary>
    /// Starts a length-prefixed region: reserves a 32-bit length header, to be filled by
    /// <see cref="EndLengthPrefixed"/> with the number of bytes written in between. A formatter that writes through
    /// this writer's <see cref="IBufferWriter{T}"/> view (MemoryPack, for one) writes straight into the message, and
    /// the reader learns the region's extent (<see cref="MarshalReader.ReadLengthHeader"/>, then
    /// <see cref="MarshalReader.ReadRaw"/>) without parsing it.
    /// </summary>
    /// <returns>The region's start, to pass to <see cref="EndLengthPrefixed"/>.</returns>
    public int BeginLengthPrefixed()
    {
        int start = _position;
        WriteUnmanaged(0);
        return start;
    }

    /// <summary>Ends the region started by <see cref="BeginLengthPrefixed"/>: writes its byte count into its header.</summary>
    /// <param name="start">What <see cref="BeginLengthPrefixed"/> returned.</param>
    public void EndLengthPrefixed(int start)
    {
        if ((uint)start > (uint)(_position - sizeof(int)))
        {
            throw new ArgumentOutOfRangeException(nameof(start), "Not the start of a length-prefixed region of this writer.");
        }

        Unsafe.WriteUnaligned(ref _buffer[start], _position - start - sizeof(int));
    }

    /// <summary>Writes an object header: the number of members that follow, or <see cref="NullObject"/>.</summary>
    /// <param name="memberCount">The member count (0-254).</param>
    public void WriteObjectHeader(byte memberCount)
    {
        if (memberCount == NullObject)
        {
            throw new ArgumentOutOfRangeException(nameof(memberCount), "An object can have at most 254 marshalled members.");
        }

        WriteUnmanaged(memberCount);
    }

    /// <summary>Writes the header of a null object.</summary>
    public void WriteNullObjectHeader() => WriteUnmanaged(NullObject);

    /// <summary>Writes a string as a UTF-16 char count and its chars (null is <see cref="NullLength"/>).</summary>
    /// <param name="value">The string.</param>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteUnmanaged(NullLength);
            return;
        }

        WriteUnmanaged(value.Length);
        WriteRaw(MemoryMarshal.AsBytes(value.AsSpan()));
    }

    /// <summary>Writes an array of an unmanaged type as a length and its raw bytes, in one copy.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The array (may be null).</param>
    public void WriteUnmanagedArray<T>(T[]? value) where T : unmanaged
    {
        if (value is null)
        {
            WriteUnmanaged(NullLength);
            return;
        }

        WriteUnmanagedSpan<T>(value);
    }

    /// <summary>Writes a span of an unmanaged type as a length and its raw bytes, in one copy.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The elements.</param>
    public void WriteUnmanagedSpan<T>(ReadOnlySpan<T> value) where T : unmanaged
    {
        WriteUnmanaged(value.Length);
        WriteRaw(MemoryMarshal.AsBytes(value));
    }

    /// <summary>Writes a value with the marshaller registered for its type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void Write<T>(T value) => Marshaller<T>.Default.Write(this, value);

    /// <summary>Appends bytes as they are, without a header.</summary>
    /// <param name="bytes">The bytes.</param>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _position < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 1)
        {
            sizeHint = 1;
        }

        if (_buffer.Length - _position < sizeHint)
        {
            Grow(sizeHint);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        long required = (long)_position + needed;
        if (required > Array.MaxLength)
        {
            throw new MarshalException($"The marshalled value would exceed {Array.MaxLength} bytes; send it in parts or through a SharedMemoryBlock.");
        }

        long size = Math.Max(required, Math.Max(256, (long)_buffer.Length * 2));
        var next = new byte[Math.Min(size, Array.MaxLength)];
        _buffer.AsSpan(0, _position).CopyTo(next);
        _buffer = next;
    }
}
