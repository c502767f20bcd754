using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A fixed-length array of an unmanaged type in shared memory (Python's <c>multiprocessing.Array(typecode, n)</c>):
/// every process that holds it sees the same elements. Pass it to a <see cref="ProcessTargetAttribute"/> method; only
/// its name and length travel. Created with a lock, it carries a <see cref="ProcessRLock"/> in the same memory
/// (Python's <c>get_lock()</c>).
/// </summary>
/// <remarks>
/// <para>Access is not synchronized: give each process its own range, use atomic operations on the elements, or take
/// <see cref="GetLock"/> around the accesses. Python's <c>Array</c> has a lock unless given <c>lock=False</c>; here
/// <see cref="Create(int)"/> makes an array without one (Python's <c>RawArray</c>) and
/// <see cref="Create(int, bool)"/> with <c>withLock: true</c> one with.</para>
/// <para>The memory holds a 64-byte header (a magic number, the flags, the lock, the element size, the length) and then
/// the elements, 64-byte aligned. The creating process owns the memory; see <see cref="SharedMemoryBlock"/> for its
/// lifetime.</para>
/// </remarks>
/// <typeparam name="T">The element type (primitives, enums, unmanaged structs).</typeparam>
public sealed unsafe class SharedArray<T> : IDisposable, IProcessHandle<SharedArray<T>> where T : unmanaged
{
    /// <summary>Where the elements start in the block.</summary>
    internal const int HeaderSize = SharedArrayHeader.Size;
    private ProcessRLock? _lock;

    private SharedArray(SharedMemoryBlock block, int length)
    {
        Block = block;
        Length = length;
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The shared memory under the array (the elements start after a 64-byte header).</summary>
    public SharedMemoryBlock Block { get; }

    /// <summary>Whether the array was created with a lock (see <see cref="GetLock"/>).</summary>
    public bool HasLock => (((SharedArrayHeader*)Block.Pointer)->Common.Flags & EmbeddedLock.Flag) != 0;

    /// <summary>The elements, as a span over the shared memory.</summary>
    public Span<T> Span => MemoryMarshal.Cast<byte, T>(Block.GetSpan(HeaderSize, checked(Length * Unsafe.SizeOf<T>())));

    /// <summary>One element.</summary>
    /// <param name="index">The element's index.</param>
    public ref T this[int index] => ref Span[index];

    /// <summary>Creates a zero-filled shared array of <paramref name="length"/> elements without a lock, owned by this process.</summary>
    /// <param name="length">The number of elements (at least 1).</param>
    /// <returns>The array.</returns>
    public static SharedArray<T> Create(int length) => Create(length, withLock: false);

    /// <summary>
    /// Creates a zero-filled shared array of <paramref name="length"/> elements, owned by this process, with a lock in
    /// the same memory when <paramref name="withLock"/> (Python's <c>Array(typecode, n, lock=True)</c>).
    /// </summary>
    /// <param name="length">The number of elements (at least 1).</param>
    /// <param name="withLock">Whether the array carries a <see cref="ProcessRLock"/> (see <see cref="GetLock"/>).</param>
    /// <returns>The array.</returns>
    /// <exception cref="PlatformNotSupportedException">A lock was asked for where there is no futex (only Linux on x64).</exception>
    public static SharedArray<T> Create(int length, bool withLock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (withLock)
        {
            SyncWait.EnsureSupported("The lock of a SharedArray");
        }

        var block = SharedMemoryBlock.CreateReserved(HeaderSize + ((long)length * sizeof(T)), $"a shared array of {length:N0} items");
        ((SharedArrayHeader*)block.Pointer)->Common.Flags = withLock ? EmbeddedLock.Flag : 0;
        ((SharedArrayHeader*)block.Pointer)->Common.ElementSize = sizeof(T);
        ((SharedArrayHeader*)block.Pointer)->Length = length;
        SegmentHeader.Stamp(block, SegmentHeader.Array);
        return new SharedArray<T>(block, length);
    }

    /// <summary>Creates a shared array without a lock, holding a copy of <paramref name="values"/>.</summary>
    /// <param name="values">The initial elements.</param>
    /// <returns>The array.</returns>
    public static SharedArray<T> Create(ReadOnlySpan<T> values)
    {
        var array = Create(values.Length);
        values.CopyTo(array.Span);
        return array;
    }

    /// <summary>Maps the shared array named <paramref name="name"/> (from <see cref="SharedMemoryBlock.Name"/>), with its lock if it has one.</summary>
    /// <param name="name">The name of the array's block.</param>
    /// <param name="length">The number of elements to map (at most the array's length).</param>
    /// <returns>The array, not owned by this process.</returns>
    /// <exception cref="FileNotFoundException">No block has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The block does not hold a shared array of this element size, or holds fewer elements.</exception>
    public static SharedArray<T> Attach(string name, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Array, $"SharedArray<{typeof(T).Name}>", HeaderSize);
        int size = ((SharedArrayHeader*)block.Pointer)->Common.ElementSize;
        long stored = ((SharedArrayHeader*)block.Pointer)->Length;
        if (size != sizeof(T) || length > stored || HeaderSize + (stored * size) > block.Size)
        {
            block.Dispose();
            throw new ArgumentException(
                size != sizeof(T)
                    ? $"Shared array '{name}' holds elements of {size} bytes, not {typeof(T).Name} ({sizeof(T)} bytes)."
                    : $"Shared array '{name}' has {stored} elements: too small for {length} elements of {typeof(T).Name}.",
                length > stored ? nameof(length) : nameof(name));
        }

        return new SharedArray<T>(block, length);
    }

    /// <summary>
    /// The lock that lives with the array (Python's <c>get_lock()</c>): a <see cref="ProcessRLock"/>, the same object on
    /// every call, usable in every process that holds the array. It is no longer usable once the array is disposed.
    /// </summary>
    /// <returns>The lock.</returns>
    /// <exception cref="InvalidOperationException">The array was created without a lock.</exception>
    public ProcessRLock GetLock() =>
        _lock ?? (HasLock
            ? EmbeddedLock.Open(ref _lock, Block)
            : throw new InvalidOperationException($"Shared array '{Block.Name}' was created without a lock: create it with SharedArray<{typeof(T).Name}>.Create(length, withLock: true)."));

    /// <summary>Unmaps the array (and its lock); the owner also removes it.</summary>
    public void Dispose() => Block.Dispose();

    /// <inheritdoc />
    string IProcessHandle<SharedArray<T>>.Name => Block.Name;

    /// <summary>Writes the length of this view: the receiver maps as many elements.</summary>
    /// <param name="writer">The destination, after the name.</param>
    void IProcessHandle<SharedArray<T>>.WriteAttachData(MarshalWriter writer) => writer.WriteUnmanaged(Length);

    /// <inheritdoc />
    static SharedArray<T> IProcessHandle<SharedArray<T>>.Attach(string name, ref MarshalReader data) => Attach(name, data.ReadUnmanaged<int>());
}
