using Multiprocessing.Pool;

namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool
{
    private AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        ChunkedMap.StartMap<T, TResult>(this, target, items, chunkSize, progress, callback, errorCallback, ChunkedMap.Encode, cancellationToken);

    // A starmap's items are tuples: the caller passes the encoder (ChunkCodec's tuple overloads).
    private AsyncResult<TResult[]> StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken) =>
        ChunkedMap.StartMap<TItem, TResult>(this, target, items, chunkSize, progress, callback, errorCallback, encode, cancellationToken);

    // Chunks are written when they are cut (a silo's request carries its own copy), never views of the caller's array.
    private ChunkedOperation<TResult> StartStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ChunkedMap.StartStream<T, TResult>(this, target, items, chunkSize, progress, cancellationToken);

    private static IAsyncEnumerable<TResult> Ordered<TResult>(ChunkedOperation<TResult> operation, CancellationToken cancellationToken = default) =>
        ChunkedMap.ReadAsync(operation, ordered: true, cancellationToken);

    private static IAsyncEnumerable<TResult> Unordered<TResult>(ChunkedOperation<TResult> operation, CancellationToken cancellationToken = default) =>
        ChunkedMap.ReadAsync(operation, ordered: false, cancellationToken);
}
