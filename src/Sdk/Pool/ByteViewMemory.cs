using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Multiprocessing.Pool;

/// <summary>
/// The bytes of a slice of an array of unmanaged items, as memory: a chunk of a blocking map goes into the task ring
/// straight from the caller's array, with no copy in between.
/// </summary>
/// <typeparam name="T">An item type without references.</typeparam>
internal sealed class ByteViewMemory<T> : MemoryManager<byte>
{
    private readonly T[] _array;
    private readonly int _start;
    private readonly int _count;

    internal ByteViewMemory(T[] array, int start, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            throw new InvalidOperationException($"{typeof(T)} holds references: its items have no byte view.");
        }

        _array = array;
        _start = start;
        _count = count;
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() =>
        _count == 0 ? [] : MemoryMarshal.CreateSpan(ref Unsafe.As<T, byte>(ref _array[_start]), _count * Unsafe.SizeOf<T>());

    /// <inheritdoc />
    public override unsafe MemoryHandle Pin(int elementIndex = 0)
    {
        var handle = GCHandle.Alloc(_array, GCHandleType.Pinned);
        byte* first = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_array)) + ((long)_start * Unsafe.SizeOf<T>());
        return new MemoryHandle(first + elementIndex, handle, this);
    }

    /// <inheritdoc />
    public override void Unpin()
    {
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
    }
}
