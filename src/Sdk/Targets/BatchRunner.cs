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

    /// <summary>Whether values of <typeparamref name="T"/> travel as their raw bytes (unmanaged, and not bool, which is checked).</summary>
    private protected static bool IsRaw<T>() => !RuntimeHelpers.IsReferenceOrContainsReferences<T>() && typeof(T) != typeof(bool);

    private protected static ReadOnlySpan<T> AsSpan<T>(ReadOnlySpan<byte> bytes) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), bytes.Length / Unsafe.SizeOf<T>());

    private protected static Span<T> AsSpan<T>(Span<byte> bytes, int count) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetReference(bytes)), count);

    private protected static int ReadCount(ref MarshalReader reader)
    {
        int count = reader.ReadLengthHeader();
        return count >= 0 ? count : throw new MarshalException("Malformed data: a map chunk cannot be null.");
    }
}
