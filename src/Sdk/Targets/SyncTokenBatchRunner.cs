using Multiprocessing.Marshalling;

namespace Multiprocessing.Targets;

/// <summary>
/// Runs a sync target of one item parameter and a <see cref="CancellationToken"/> over a chunk of items: every item's
/// call receives the token of the chunk's task, which the worker cancels when the map's caller cancels it.
/// </summary>
internal sealed class SyncTokenBatchRunner<T1, TResult>(Func<T1, CancellationToken, TResult> target) : BatchRunner
{
    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone) =>
        RunAsync(chunk, results, itemsDone, CancellationToken.None);

    internal override ValueTask RunAsync(ReadOnlyMemory<byte> chunk, MarshalWriter results, Action<int>? itemsDone, CancellationToken cancellationToken)
    {
        var reader = new MarshalReader(chunk.Span);
        int count = ReadCount(ref reader, Marshaller<T1>.MinEncodedSize);
        var read = Marshaller<T1>.Default;
        var write = Marshaller<TResult>.Default;
        results.WriteLengthHeader(count);
        for (int i = 0; i < count; i++)
        {
            write.Write(results, target(read.Read(ref reader), cancellationToken));
        }

        reader.EnsureEnd("a map chunk");
        itemsDone?.Invoke(count);
        return default;
    }
}
