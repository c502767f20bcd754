using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>
/// Runs a target over a chunk of items in one call (the worker side of Pool.Map and Pool.Starmap). The chunk is an
/// <c>int32</c> count followed by the items (each item's arguments one after the other); the results are an
/// <c>int32</c> count followed by each result. Built at registration from the target's exact delegate type, so it
/// calls the target directly, without reflection.
/// </summary>
public abstract class BatchRunner
{
    private protected BatchRunner()
    {
    }

    internal abstract ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone);

    /// <summary>
    /// Runs the chunk with the token of the task that carries it (cancelled when the map's caller cancels it); a
    /// runner whose target takes no token ignores it.
    /// </summary>
    internal virtual ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone, CancellationToken cancellationToken) =>
        RunAsync(chunk, results, itemsDone);

    /// <summary>Whether values of <typeparamref name="T"/> travel as their raw bytes (unmanaged, and not bool, which is checked).</summary>
    private protected static bool IsRaw<T>() => !RuntimeHelpers.IsReferenceOrContainsReferences<T>() && typeof(T) != typeof(bool);

    private protected static ReadOnlySpan<T> AsSpan<T>(ReadOnlySpan<byte> bytes) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), bytes.Length / Unsafe.SizeOf<T>());

    private protected static Span<T> AsSpan<T>(Span<byte> bytes, int count) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), count);

    /// <summary>
    /// Reads a chunk's item count, checked against the bytes left at <paramref name="minItemSize"/> (the fewest bytes
    /// one item's arguments encode to) per item: a chunk cannot make a runner allocate more items than it holds.
    /// </summary>
    private protected static int ReadCount(ref MarshalReader reader, int minItemSize)
    {
        int count = reader.ReadLengthHeader(minItemSize);
        return count >= 0 ? count : throw new MarshalException("Malformed data: a map chunk cannot be null.");
    }

    /// <summary>The bytes of <paramref name="count"/> raw values of <typeparamref name="T"/>; a count whose bytes overflow an int is malformed.</summary>
    private protected static int RawBytes<T>(int count)
    {
        long bytes = (long)count * Unsafe.SizeOf<T>();
        return bytes <= int.MaxValue
            ? (int)bytes
            : throw new MarshalException($"Malformed data: a map chunk of {count} items of {Unsafe.SizeOf<T>()} bytes each is larger than 2 GiB.");
    }
}
