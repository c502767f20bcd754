using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>
/// Runs an async target of one item parameter and a <see cref="CancellationToken"/> over a chunk of items: every
/// item's call receives the token of the chunk's task, which the worker cancels when the map's caller cancels it.
/// </summary>
internal sealed class TaskTokenBatchRunner<T1, TResult>(Func<T1, CancellationToken, Task<TResult>> target) : BatchRunner
{
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone) =>
        RunAsync(chunk, results, itemsDone, CancellationToken.None);

    internal override async ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone, CancellationToken cancellationToken)
    {
        var items = ReadItems(chunk);
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(items.Length);
        foreach (var item in items)
        {
            write.Write(results, await target(item, cancellationToken).ConfigureAwait(false));
        }

        itemsDone?.Invoke(items.Length);
    }

    // The reader cannot live across an await: read every item first.
    private static T1[] ReadItems(ReadOnlyMemory<byte> chunk)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize);
        var read = Marshaller<T1>.Default;
        var items = new T1[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = read.Read(ref reader);
        }

        reader.EnsureEnd("a map chunk");
        return items;
    }
}
