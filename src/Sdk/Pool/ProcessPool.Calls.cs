using Multiprocessing.Pool;

namespace Multiprocessing;

// The core the typed call families (ProcessPoolExtensions) forward to: this pool's map starters (its apply core,
// IPoolCalls.SubmitApply, is in ProcessPool.Submission.cs).
public sealed partial class ProcessPool : IPoolCalls
{
    AsyncResult<TResult[]> IPoolCalls.StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking) =>
        StartMap(target, items, chunkSize, progress, callback, errorCallback, cancellationToken, blocking);

    AsyncResult<TResult[]> IPoolCalls.StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken) =>
        StartStarmap(target, items, chunkSize, progress, callback, errorCallback, encode, cancellationToken);

    // Read blocking by the caller's thread, which also reads the workers' results while it waits (BlockingResults).
    IEnumerable<TResult> IPoolCalls.StartImap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered) =>
        new BlockingResults<TResult>(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), this, ordered);

    IAsyncEnumerable<TResult> IPoolCalls.StartImapAsync<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken)
    {
        var operation = StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken);
        return ordered ? Ordered(operation, cancellationToken) : Unordered(operation, cancellationToken);
    }
}
