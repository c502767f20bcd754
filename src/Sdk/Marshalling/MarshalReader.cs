using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multiprocessing.Marshalling;

/// <summary>
/// Reads values in the SDK's wire format from a span of bytes. Every read checks the bounds and the headers:
/// truncated or garbage input ends in a <see cref="MarshalException"/>, never in an out-of-range read, a huge
/// allocation or a stack overflow (nesting is limited by <see cref="MarshalLimits.MaxDepth"/>).
/// </summary>
public ref struct MarshalReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _depth;

    /// <summary>
    /// Input bytes not yet spent on pre-sizing collections. Each pre-sized element spends its minimum encoded size,
    /// so the capacities of all the collections of one read add up to at most the input's length: a crafted input
    /// that nests collections each announcing "all the bytes left" cannot allocate quadratically.
    /// </summary>
    private int _presizeBudget;

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    /// <param name="data">The marshalled bytes.</param>
    public MarshalReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _depth = 0;
        _presizeBudget = data.Length;
    }

    /// <summary>The number of bytes read so far.</summary>
    public readonly int Consumed => _position;

    /// <summary>The number of bytes left.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>How many levels of objects, collections and tuples the reader is inside now.</summary>
    public readonly int Depth => _depth;

    /// <summary>
    /// Enters one level of nesting: call it before reading the members of an object, the elements of a collection or
    /// the items of a tuple, and <see cref="ExitNested"/> after them (a marshaller of a type that contains other
    /// values calls it; one of a leaf value does not).
    /// </summary>
    /// <exception cref="MarshalException">
    /// The input nests deeper than <see cref="MarshalLimits.MaxDepth"/>, or the thread's stack is nearly exhausted.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterNested()
    {
        int depth = ++_depth;
        if (depth > MarshalLimits.s_slowPathDepth)
        {
            MarshalLimits.CheckDepth(depth, _position);
        }
    }

    /// <summary>Leaves the level entered by the matching <see cref="EnterNested"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ExitNested() => _depth--;

    /// <summary>
    /// The capacity to pre-size a collection of <paramref name="count"/> elements with: <paramref name="count"/>
    /// while the read's pre-size budget lasts (always, for well-formed input), less once it is spent (the
    /// collection then grows as its elements actually arrive).
    /// </summary>
    /// <param name="count">The count announced by the header (already checked against the bytes left).</param>
    /// <param name="minElementSize">The fewest bytes one element takes (at least 1).</param>
    /// <returns>The capacity.</returns>
    internal int PresizeCapacity(int count, int minElementSize)
    {
        int capacity = Math.Min(count, _presizeBudget / minElementSize);
        _presizeBudget -= capacity * minElementSize;
        return capacity;
    }

    /// <summary>
    /// Reads a collection's count (checked against the bytes left with <paramref name="minElementSize"/>) and, unless
    /// it is null (-1, returned as is), enters the collection (<see cref="EnterNested"/>) and says how many elements
    /// may be allocated ahead (<see cref="PresizeCapacity"/>). The caller reads the elements, then calls
    /// <see cref="ExitNested"/>.
    /// </summary>
    /// <param name="minElementSize">The fewest bytes one element takes (at least 1).</param>
    /// <param name="capacity">The capacity to pre-size the collection with (0 for null).</param>
    /// <returns>The count, or -1 for null.</returns>
    internal int ReadCollectionHeader(int minElementSize, out int capacity)
    {
        int count = ReadLengthHeader(minElementSize);
        capacity = 0;
        if (count >= 0)
        {
            EnterNested();
            capacity = PresizeCapacity(count, minElementSize);
        }

        return count;
    }

    /// <summary>Reads a value of an unmanaged type from its raw bytes.</summary>
    /// <typeparam name="T">A type without references.</typeparam>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T ReadUnmanaged<T>() where T : unmanaged
    {
        int size = Unsafe.SizeOf<T>();
        if (_data.Length - _position < size)
        {
            ThrowTruncated(typeof(T).Name, size);
        }

        T value = Unsafe.ReadUnaligned<T>(ref Unsafe.AsRef(in _data[_position]));
        _position += size;
        return value;
    }

    /// <summary>Reads a boolean, rejecting any byte other than 0 or 1.</summary>
    /// <returns>The value.</returns>
    public bool ReadBoolean()
    {
        byte b = ReadUnmanaged<byte>();
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw new MarshalException($"Malformed data: a boolean must be 0 or 1 but byte {b} was found at offset {_position - 1}."),
        };
    }

    /// <summary>
    /// Reads a 32-bit length header. Returns <see cref="MarshalWriter.NullLength"/> for null; otherwise checks that
    /// <paramref name="minElementSize"/> times the length still fits in the remaining bytes.
    /// </summary>
    /// <param name="minElementSize">The fewest bytes one element can take (0 skips the check).</param>
    /// <returns>The length, or -1 for null.</returns>
    public int ReadLengthHeader(int minElementSize = 1)
    {
        int start = _position;
        int length = ReadUnmanaged<int>();
        if (length < MarshalWriter.NullLength)
        {
            throw new MarshalException($"Malformed data: a length header of {length} was found at offset {start}; lengths are -1 (null) or positive.");
        }

        if (length > 0 && minElementSize > 0 && (long)length * minElementSize > Remaining)
        {
            throw new MarshalException($"Malformed data: a length of {length} at offset {start} needs at least {(long)length * minElementSize} bytes but only {Remaining} remain (truncated or corrupt input).");
        }

        return length;
    }

    /// <summary>Reads an object header. Returns false for a null object.</summary>
    /// <param name="memberCount">The number of members that follow.</param>
    /// <returns>False when the object is null.</returns>
    public bool TryReadObjectHeader(out byte memberCount)
    {
        memberCount = ReadUnmanaged<byte>();
        if (memberCount == MarshalWriter.NullObject)
        {
            memberCount = 0;
            return false;
        }

        return true;
    }

    /// <summary>Reads an object header and checks that it announces <paramref name="expected"/> members.</summary>
    /// <param name="typeName">The type being read, for the error message.</param>
    /// <param name="expected">The number of members the type marshals.</param>
    /// <returns>False when the object is null.</returns>
    public bool ReadObjectHeader(string typeName, byte expected)
    {
        int start = _position;
        if (!TryReadObjectHeader(out byte count))
        {
            return false;
        }

        if (count != expected)
        {
            throw new MarshalException($"Malformed data: {typeName} marshals {expected} members but the header at offset {start} announces {count}. Parent and child must run the same build of the program.");
        }

        return true;
    }

    /// <summary>Reads a string written by <see cref="MarshalWriter.WriteString"/>.</summary>
    /// <returns>The string, or null.</returns>
    public string? ReadString()
    {
        int length = ReadLengthHeader(sizeof(char));
        if (length < 0)
        {
            return null;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        var chars = MemoryMarshal.Cast<byte, char>(_data.Slice(_position, length * sizeof(char)));
        _position += length * sizeof(char);
        return new string(chars);
    }

    /// <summary>Reads an array of an unmanaged type written by <see cref="MarshalWriter.WriteUnmanagedArray{T}"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The array, or null.</returns>
    public T[]? ReadUnmanagedArray<T>() where T : unmanaged
    {
        int length = ReadLengthHeader(Unsafe.SizeOf<T>());
        if (length < 0)
        {
            return null;
        }

        if (length == 0)
        {
            return [];
        }

        var result = GC.AllocateUninitializedArray<T>(length);
        int bytes = length * Unsafe.SizeOf<T>();
        _data.Slice(_position, bytes).CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
        _position += bytes;
        return result;
    }

    /// <summary>Reads <paramref name="count"/> bytes as they are.</summary>
    /// <param name="count">The number of bytes.</param>
    /// <returns>A view of the bytes, valid as long as the source.</returns>
    public ReadOnlySpan<byte> ReadRaw(int count)
    {
        if (count < 0 || count > Remaining)
        {
            ThrowTruncated("raw bytes", count);
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    /// <summary>Reads a value with the marshaller registered for its type.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <returns>The value.</returns>
    public T Read<T>() => Marshaller<T>.Default.Read(ref this);

    /// <summary>Checks that every byte was read.</summary>
    /// <param name="what">What was read, for the error message.</param>
    public readonly void EnsureEnd(string what)
    {
        if (_position != _data.Length)
        {
            throw new MarshalException($"Malformed data: {Remaining} unexpected trailing bytes after {what} (read {_position} of {_data.Length}).");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTruncated(string what, int size) =>
        throw new MarshalException($"Malformed data: {size} bytes of {what} expected at offset {_position} but only {Remaining} remain (truncated or corrupt input).");
}
