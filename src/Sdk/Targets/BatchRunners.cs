// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using System.Runtime.CompilerServices;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>Runs a sync target of 1 parameter over a chunk of items.</summary>
internal sealed class SyncBatchRunner<T1, TResult>(Func<T1, TResult> target) : BatchRunner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(count);
        if (IsRaw<T1>() && IsRaw<TResult>())
        {
            // Both sides are raw bytes: view the chunk as T1s and write TResults in place, one call per item.
            var input = AsSpan<T1>(reader.ReadRaw(RawBytes<T1>(count)));
            var output = AsSpan<TResult>(results.GetSpan(RawBytes<TResult>(count)), count);
            for (int i = 0; i < input.Length; i++)
            {
                output[i] = target(input[i]);
            }

            results.Advance(RawBytes<TResult>(count));
            reader.EnsureEnd("a map chunk");
            itemsDone?.Invoke(count);
            return default;
        }

        for (int i = 0; i < count; i++)
        {
            write.Write(results, target(readT1.Read(ref reader)));
        }

        reader.EnsureEnd("a map chunk");
        itemsDone?.Invoke(count);
        return default;
    }
}

/// <summary>Runs a task target of 1 parameter over a chunk of items.</summary>
internal sealed class TaskBatchRunner<T1, TResult>(Func<T1, Task<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new T1[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = readT1.Read(ref reader);
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a valuetask target of 1 parameter over a chunk of items.</summary>
internal sealed class ValueTaskBatchRunner<T1, TResult>(Func<T1, ValueTask<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new T1[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = readT1.Read(ref reader);
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a sync target of 2 parameters over a chunk of items.</summary>
internal sealed class SyncBatchRunner<T1, T2, TResult>(Func<T1, T2, TResult> target) : BatchRunner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(count);
        for (int i = 0; i < count; i++)
        {
            write.Write(results, target(readT1.Read(ref reader), readT2.Read(ref reader)));
        }

        reader.EnsureEnd("a map chunk");
        itemsDone?.Invoke(count);
        return default;
    }
}

/// <summary>Runs a task target of 2 parameters over a chunk of items.</summary>
internal sealed class TaskBatchRunner<T1, T2, TResult>(Func<T1, T2, Task<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a valuetask target of 2 parameters over a chunk of items.</summary>
internal sealed class ValueTaskBatchRunner<T1, T2, TResult>(Func<T1, T2, ValueTask<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a sync target of 3 parameters over a chunk of items.</summary>
internal sealed class SyncBatchRunner<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target) : BatchRunner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(count);
        for (int i = 0; i < count; i++)
        {
            write.Write(results, target(readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader)));
        }

        reader.EnsureEnd("a map chunk");
        itemsDone?.Invoke(count);
        return default;
    }
}

/// <summary>Runs a task target of 3 parameters over a chunk of items.</summary>
internal sealed class TaskBatchRunner<T1, T2, T3, TResult>(Func<T1, T2, T3, Task<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2, T3)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2, item.Item3).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a valuetask target of 3 parameters over a chunk of items.</summary>
internal sealed class ValueTaskBatchRunner<T1, T2, T3, TResult>(Func<T1, T2, T3, ValueTask<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2, T3)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2, item.Item3).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a sync target of 4 parameters over a chunk of items.</summary>
internal sealed class SyncBatchRunner<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, TResult> target) : BatchRunner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize + Marshaller<T4>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var readT4 = Marshaller<T4>.Default;
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(count);
        for (int i = 0; i < count; i++)
        {
            write.Write(results, target(readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader), readT4.Read(ref reader)));
        }

        reader.EnsureEnd("a map chunk");
        itemsDone?.Invoke(count);
        return default;
    }
}

/// <summary>Runs a task target of 4 parameters over a chunk of items.</summary>
internal sealed class TaskBatchRunner<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, Task<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize + Marshaller<T4>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var readT4 = Marshaller<T4>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2, T3, T4)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader), readT4.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2, item.Item3, item.Item4).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}

/// <summary>Runs a valuetask target of 4 parameters over a chunk of items.</summary>
internal sealed class ValueTaskBatchRunner<T1, T2, T3, T4, TResult>(Func<T1, T2, T3, T4, ValueTask<TResult>> target) : BatchRunner
{
    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize + Marshaller<T2>.MinEncodedSize + Marshaller<T3>.MinEncodedSize + Marshaller<T4>.MinEncodedSize);
        var readT1 = Marshaller<T1>.Default;
        var readT2 = Marshaller<T2>.Default;
        var readT3 = Marshaller<T3>.Default;
        var readT4 = Marshaller<T4>.Default;
        var write = Marshaller<TResult>.Default;

        // The reader cannot live across an await: read every item first.
        var items = new (T1, T2, T3, T4)[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = (readT1.Read(ref reader), readT2.Read(ref reader), readT3.Read(ref reader), readT4.Read(ref reader));
        }

        reader.EnsureEnd("a map chunk");
        results.WriteLengthHeader(count);
        foreach (var item in items)
        {
            write.Write(results, await target(item.Item1, item.Item2, item.Item3, item.Item4).ConfigureAwait(false));
        }

        itemsDone?.Invoke(count);
    }
}
