using Multiprocessing.Pool;

namespace Multiprocessing;

public sealed partial class ProcessPool
{
    // blocking: the caller waits for the whole map, so the items are read from its array when each chunk is sent,
    // with no copy. Otherwise (map_async) they are copied at once, as CPython lists them.
    private AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking = false) =>
        ChunkedMap.StartMap<T, TResult>(this, target, items, chunkSize, progress, callback, errorCallback, ChunkedMap.Encode, cancellationToken, view: blocking);

    // A starmap's items are tuples: the caller passes the encoder (ChunkCodec's tuple overloads, which write each
    // element with its own marshaller; an item type parameter would bind to the generic one, which needs a marshaller
    // of the whole tuple).
    private AsyncResult<TResult[]> StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken) =>
        ChunkedMap.StartMap<TItem, TResult>(this, target, items, chunkSize, progress, callback, errorCallback, encode, cancellationToken);

    // Items already in memory: chunks are views of the array, sent as workers take them.
    private ChunkedOperation<TResult> StartStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ChunkedMap.StartStream<T, TResult>(this, target, items, chunkSize, progress, cancellationToken, view: true);

    private static IAsyncEnumerable<TResult> Ordered<TResult>(ChunkedOperation<TResult> operation, CancellationToken cancellationToken = default) =>
        ChunkedMap.ReadAsync(operation, ordered: true, cancellationToken);

    private static IAsyncEnumerable<TResult> Unordered<TResult>(ChunkedOperation<TResult> operation, CancellationToken cancellationToken = default) =>
        ChunkedMap.ReadAsync(operation, ordered: false, cancellationToken);

    /// <summary>Blocks until a chunk can be read; false at the end; rethrows the operation's failure.</summary>
    internal static bool WaitForChunk<TResult>(ChunkedOperation<TResult> operation, ProcessPool pool)
    {
        // Take in the results that are ready now even when a chunk is waiting here: their workers get their next
        // tasks at once instead of idling until this consumer runs dry.
        pool.DrainReadyResults();
        var stream = operation.Stream;
        if (!stream.TryPeek(out _) && !stream.Completion.IsCompleted)
        {
            // Before blocking, read the workers' results here for a few microseconds: a quick chunk arrives without a
            // blocking wake-up of this thread.
            pool.PollWorkers(() => stream.TryPeek(out _) || stream.Completion.IsCompleted);
        }

        var wait = stream.WaitToReadAsync();
        return wait.IsCompletedSuccessfully ? wait.Result : wait.AsTask().GetAwaiter().GetResult();
    }
}
