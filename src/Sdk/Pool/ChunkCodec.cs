using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Pool;

/// <summary>
/// Writes map chunks and reads their results: an <c>int32</c> count, then the elements. Elements of an unmanaged type
/// go as one block of raw bytes (the same bytes as element-by-element raw writes, so the worker's typed runner reads
/// them either way).
/// </summary>
internal static class ChunkCodec
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per item, over the user's types: never precompiled
    internal static ReadOnlyMemory<byte> Write<T>(ReadOnlySpan<T> items)
    {
        var writer = new MarshalWriter(8 + (items.Length * (RuntimeHelpers.IsReferenceOrContainsReferences<T>() ? 16 : Unsafe.SizeOf<T>())));
        writer.WriteLengthHeader(items.Length);
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>() && typeof(T) != typeof(bool))
        {
            writer.WriteRaw(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(items)), items.Length * Unsafe.SizeOf<T>()));
        }
        else
        {
            var marshaller = Marshaller<T>.Default;
            foreach (var item in items)
            {
                marshaller.Write(writer, item);
            }
        }

        return writer.WrittenMemory;
    }

    /// <summary>Whether chunks of <typeparamref name="T"/> can go as a view of the caller's array (<see cref="View{T}"/>).</summary>
    internal static bool CanView<T>() => !RuntimeHelpers.IsReferenceOrContainsReferences<T>() && typeof(T) != typeof(bool);

    /// <summary>
    /// The same bytes as <see cref="Write{T}(ReadOnlySpan{T})"/>, without copying the items: the count as a small
    /// prefix, then a view of the caller's array (read when the chunk is sent).
    /// </summary>
    internal static (ReadOnlyMemory<byte> Prefix, ReadOnlyMemory<byte> Items) View<T>(T[] items, int start, int count) =>
        (BitConverter.GetBytes(count), new ByteViewMemory<T>(items, start, count).Memory);

    internal static ReadOnlyMemory<byte> Write<T1, T2>(ReadOnlySpan<(T1, T2)> items)
    {
        var writer = new MarshalWriter();
        writer.WriteLengthHeader(items.Length);
        var first = Marshaller<T1>.Default;
        var second = Marshaller<T2>.Default;
        foreach (var (a, b) in items)
        {
            first.Write(writer, a);
            second.Write(writer, b);
        }

        return writer.WrittenMemory;
    }

    internal static ReadOnlyMemory<byte> Write<T1, T2, T3>(ReadOnlySpan<(T1, T2, T3)> items)
    {
        var writer = new MarshalWriter();
        writer.WriteLengthHeader(items.Length);
        var first = Marshaller<T1>.Default;
        var second = Marshaller<T2>.Default;
        var third = Marshaller<T3>.Default;
        foreach (var (a, b, c) in items)
        {
            first.Write(writer, a);
            second.Write(writer, b);
            third.Write(writer, c);
        }

        return writer.WrittenMemory;
    }

    internal static ReadOnlyMemory<byte> Write<T1, T2, T3, T4>(ReadOnlySpan<(T1, T2, T3, T4)> items)
    {
        var writer = new MarshalWriter();
        writer.WriteLengthHeader(items.Length);
        var first = Marshaller<T1>.Default;
        var second = Marshaller<T2>.Default;
        var third = Marshaller<T3>.Default;
        var fourth = Marshaller<T4>.Default;
        foreach (var (a, b, c, d) in items)
        {
            first.Write(writer, a);
            second.Write(writer, b);
            third.Write(writer, c);
            fourth.Write(writer, d);
        }

        return writer.WrittenMemory;
    }

    /// <summary>An array for results, which are all written before anyone reads it: not zeroed first when it holds no references.</summary>
    /// <remarks>A large one has its pages populated at once: faulting them in one by one as results are copied costs more than the copy.</remarks>
    internal static T[] NewArray<T>(int length)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            return new T[length];
        }

        var array = GC.AllocateUninitializedArray<T>(length);
        if (length > 0)
        {
            Ipc.LargeBuffer.Populate(ref Unsafe.As<T, byte>(ref array[0]), (long)length * Unsafe.SizeOf<T>());
        }

        return array;
    }

    /// <summary>Reads the results of a chunk into <paramref name="destination"/> (exactly its length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per item, over the user's types: never precompiled
    internal static void Read<TResult>(ReadOnlySpan<byte> bytes, Span<TResult> destination)
    {
        var reader = new MarshalReader(bytes);
        int count = reader.ReadLengthHeader(0);
        if (count != destination.Length)
        {
            throw new MarshalException($"Malformed data: a map chunk of {destination.Length} items came back with {count} results.");
        }

        if (!RuntimeHelpers.IsReferenceOrContainsReferences<TResult>() && typeof(TResult) != typeof(bool))
        {
            reader.ReadRaw(count * Unsafe.SizeOf<TResult>()).CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<TResult, byte>(ref MemoryMarshal.GetReference(destination)), destination.Length * Unsafe.SizeOf<TResult>()));
        }
        else
        {
            var marshaller = Marshaller<TResult>.Default;
            for (int i = 0; i < count; i++)
            {
                destination[i] = marshaller.Read(ref reader);
            }
        }

        reader.EnsureEnd("the results of a map chunk");
    }
}
