using Multiprocessing.Pool;

namespace Multiprocessing.Orleans;

// The core the typed call families (ProcessPoolExtensions in the SDK) forward to: this pool's map starters (its apply
// core, IPoolCalls.SubmitApply, is in ClusterPool.Placement.cs), so a cluster pool takes the same calls as a local one.
public sealed partial class ClusterPool : IPoolCalls
{
    // blocking: the local pool's hint to read a waiting caller's array without a copy; chunks sent to silos are copied anyway.
    AsyncResult<TResult[]> IPoolCalls.StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking) =>
        StartMap(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    AsyncResult<TResult[]> IPoolCalls.StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken) =>
        StartStarmap(target, items, chunkSize, progress, callback, errorCallback, encode, cancellationToken);

    IAsyncEnumerable<TResult> IPoolCalls.StartImapAsync<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken)
    {
        var operation = StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken);
        return ordered ? Ordered(operation, cancellationToken) : Unordered(operation, cancellationToken);
    }
}
