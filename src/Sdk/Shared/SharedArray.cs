using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// A fixed-length array of an unmanaged type in shared memory (Python's <c>multiprocessing.Array(typecode, n,
/// lock=False)</c>): every process that holds it sees the same elements. Pass it to a <see cref="ProcessTargetAttribute"/>
/// method; only its name and length travel.
/// </summary>
/// <remarks>Access is not synchronized: give each process its own range, or use atomic operations on the elements.
/// The creating process owns the memory; see <see cref="SharedMemoryBlock"/> for its lifetime.</remarks>
/// <typeparam name="T">The element type (primitives, enums, unmanaged structs).</typeparam>
public sealed class SharedArray<T> : IDisposable where T : unmanaged
{
    private SharedArray(SharedMemoryBlock block, int length)
    {
        Block = block;
        Length = length;
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The shared memory under the array.</summary>
    public SharedMemoryBlock Block { get; }

    /// <summary>The elements, as a span over the shared memory.</summary>
    public Span<T> Span => MemoryMarshal.Cast<byte, T>(Block.GetSpan(0, checked(Length * Unsafe.SizeOf<T>())));

    /// <summary>One element.</summary>
    /// <param name="index">The element's index.</param>
    public ref T this[int index] => ref Span[index];

    /// <summary>Creates a zero-filled shared array of <paramref name="length"/> elements, owned by this process.</summary>
    /// <param name="length">The number of elements (at least 1).</param>
    /// <returns>The array.</returns>
    public static SharedArray<T> Create(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return new SharedArray<T>(SharedMemoryBlock.Create((long)length * Unsafe.SizeOf<T>()), length);
    }

    /// <summary>Creates a shared array holding a copy of <paramref name="values"/>.</summary>
    /// <param name="values">The initial elements.</param>
    /// <returns>The array.</returns>
    public static SharedArray<T> Create(ReadOnlySpan<T> values)
    {
        var array = Create(values.Length);
        values.CopyTo(array.Span);
        return array;
    }

    /// <summary>Maps the shared array named <paramref name="name"/> (from <see cref="SharedMemoryBlock.Name"/>).</summary>
    /// <param name="name">The name of the array's block.</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>The array, not owned by this process.</returns>
    /// <exception cref="ArgumentException">The block is too small for that many elements.</exception>
    public static SharedArray<T> Attach(string name, int length)
    {
        var block = SharedMemoryBlock.Attach(name);
        if ((long)length * Unsafe.SizeOf<T>() > block.Size)
        {
            block.Dispose();
            throw new ArgumentException($"Shared memory block '{name}' has {block.Size} bytes: too small for {length} elements of {typeof(T).Name}.", nameof(length));
        }

        return new SharedArray<T>(block, length);
    }

    /// <summary>Unmaps the array; the owner also removes it.</summary>
    public void Dispose() => Block.Dispose();
}
