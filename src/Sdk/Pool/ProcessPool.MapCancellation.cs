using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>
/// Maps of targets that take a trailing <see cref="CancellationToken"/> (their calls are
/// <see cref="ProcessPoolExtensions"/>' token shapes): the caller's token cancels the running chunks in their workers,
/// not only the chunks still queued.
/// </summary>
public sealed partial class ProcessPool
{
    internal AsyncResult<TResult[]> StartCancellableMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking = false)
    {
        var array = ChunkedMap.Materialize(items);
        var operation = ChunkedMap.Start<T, TResult>(this, target, array, ChunkedMap.DefaultChunkSize(this, array.Length, chunkSize), stream: false, progress, callback, errorCallback, ChunkedMap.Encode, CancellationToken.None, view: blocking);
        operation.WatchCancellation(cancellationToken, () => CancelRunningChunks(operation));
        return operation.Result;
    }

    internal IEnumerable<TResult> StartCancellableImap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken) =>
        new BlockingResults<TResult>(StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), this, ordered);

    internal IAsyncEnumerable<TResult> StartCancellableImapAsync<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken)
    {
        var operation = StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken);
        return ordered ? Ordered(operation, cancellationToken) : Unordered(operation, cancellationToken);
    }

    private ChunkedOperation<TResult> StartCancellableStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var operation = StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None);
        operation.WatchCancellation(cancellationToken, () => CancelRunningChunks(operation));
        return operation;
    }

    /// <summary>
    /// The caller cancelled a map whose target takes a token: every chunk of <paramref name="operation"/> that a worker
    /// holds has its token cancelled there (<see cref="CancelSent"/>: a Cancel frame to that worker). The chunks not
    /// sent yet are already dropped (the operation has failed).
    /// </summary>
    private void CancelRunningChunks(object operation)
    {
        var held = new List<PoolTask>();
        lock (_gate)
        {
            foreach (var worker in _workers)
            {
                foreach (var task in worker.InFlight.Values)
                {
                    if (ReferenceEquals(task.Operation, operation))
                    {
                        held.Add(task);
                    }
                }
            }
        }

        foreach (var task in held)
        {
            CancelSent(task);
        }
    }
}
