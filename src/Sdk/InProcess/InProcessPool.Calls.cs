using Multiprocessing.Pool;

namespace Multiprocessing;

// The core the typed call families (ProcessPoolExtensions) forward to (its apply core, IPoolCalls.SubmitApply, is in
// InProcessPool.cs): an InProcessPool takes every call a ProcessPool takes, through the same marshalling, so it stands
// in for one wherever an IProcessPool is asked for.
public sealed partial class InProcessPool : IPoolCalls
{
    // The items are marshalled chunk by chunk from an array (blocking or not: a worker thread reads the chunk's bytes).
    AsyncResult<TResult[]> IPoolCalls.StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    AsyncResult<TResult[]> IPoolCalls.StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken) =>
        StartMap<TItem, TResult>(target, Materialize(items), chunkSize, encode, progress, callback, errorCallback, cancellationToken);

    IAsyncEnumerable<TResult> IPoolCalls.StartImapAsync<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered, progress).ReadAsync(cancellationToken);
}
