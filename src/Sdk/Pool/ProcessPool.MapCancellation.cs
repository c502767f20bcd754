using System.Runtime.CompilerServices;
using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>
/// Maps of targets that take a trailing <see cref="CancellationToken"/> (<c>TResult Work(T item, CancellationToken token)</c>):
/// the caller's token cancels the running chunks in their workers, not only the chunks still queued.
/// </summary>
public sealed partial class ProcessPool
{
    /// <summary>
    /// Runs <paramref name="target"/> on every item in the workers and returns the results in order (Python's
    /// <c>map</c>); each call receives the token of its chunk, which <paramref name="cancellationToken"/> cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default, ceil(n / (4 x processes)).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before this returns.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the call then throws <see cref="OperationCanceledException"/> at once. A chunk still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    /// <exception cref="WorkerCrashedException">A worker died while it held a chunk.</exception>
    [OverloadResolutionPriority(-1)]
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        StartCancellableMap<T, TResult>(target, items, chunkSize, progress, null, null, cancellationToken, blocking: true).Get();

    /// <summary>
    /// Runs an async <paramref name="target"/> on every item in the workers and returns the results in order; each
    /// call receives the token of its chunk, which <paramref name="cancellationToken"/> cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before this returns.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the call then throws <see cref="OperationCanceledException"/> at once.</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    /// <exception cref="WorkerCrashedException">A worker died while it held a chunk.</exception>
    [OverloadResolutionPriority(-1)]
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        StartCancellableMap<T, TResult>(target, items, chunkSize, progress, null, null, cancellationToken, blocking: true).Get();

    /// <summary>
    /// Starts a map (Python's <c>map_async</c>) of a target that takes a <see cref="CancellationToken"/>; the result is
    /// awaitable. Each call receives the token of its chunk, which <paramref name="cancellationToken"/> cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (see docs/cancellation.md#progress).</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the result then fails with <see cref="OperationCanceledException"/> at once. A chunk still running after <see cref="ProcessPoolOptions.CancellationGracePeriod"/> is stopped with its worker (which is replaced).</param>
    /// <returns>The pending results.</returns>
    [OverloadResolutionPriority(-1)]
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartCancellableMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <summary>
    /// Starts a map of an async target that takes a <see cref="CancellationToken"/>; the result is awaitable. Each call
    /// receives the token of its chunk, which <paramref name="cancellationToken"/> cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (see docs/cancellation.md#progress).</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the result then fails with <see cref="OperationCanceledException"/> at once.</param>
    /// <returns>The pending results.</returns>
    [OverloadResolutionPriority(-1)]
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartCancellableMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <summary>
    /// Runs a target that takes a <see cref="CancellationToken"/> on every item and yields the results in order as they
    /// become ready (Python's <c>imap</c>); each call receives the token of its chunk, which
    /// <paramref name="cancellationToken"/> cancels.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, in the order of the items.</returns>
    [OverloadResolutionPriority(-1)]
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        new BlockingResults<TResult>(StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), this, ordered: true);

    /// <summary>
    /// Like <see cref="Imap{T, TResult}(Func{T, CancellationToken, TResult}, IEnumerable{T}, int, IProgress{int}, CancellationToken)"/>,
    /// but yields each result as soon as it is ready, in any order (Python's <c>imap_unordered</c>).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Pass it by name. Drops the chunks not sent yet and cancels the token of every running chunk in its worker; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The results, in completion order.</returns>
    [OverloadResolutionPriority(-1)]
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        new BlockingResults<TResult>(StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), this, ordered: false);

    /// <summary>The async form of <see cref="Imap{T, TResult}(Func{T, CancellationToken, TResult}, IEnumerable{T}, int, IProgress{int}, CancellationToken)"/>: results in order, as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Pass it by name. Stops the stream, drops the chunks not sent yet and cancels the token of every running chunk in its worker.</param>
    /// <returns>The results, in the order of the items.</returns>
    [OverloadResolutionPriority(-1)]
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Ordered(StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <summary>The async form of <see cref="ImapUnordered{T, TResult}(Func{T, CancellationToken, TResult}, IEnumerable{T}, int, IProgress{int}, CancellationToken)"/>: results as they come, as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter and a trailing <see cref="CancellationToken"/>.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Pass it by name. Stops the stream, drops the chunks not sent yet and cancels the token of every running chunk in its worker.</param>
    /// <returns>The results, in completion order.</returns>
    [OverloadResolutionPriority(-1)]
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Unordered(StartCancellableStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    private AsyncResult<TResult[]> StartCancellableMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking = false)
    {
        var array = ChunkedMap.Materialize(items);
        var operation = ChunkedMap.Start<T, TResult>(this, target, array, ChunkedMap.DefaultChunkSize(this, array.Length, chunkSize), stream: false, progress, callback, errorCallback, ChunkedMap.Encode, CancellationToken.None, view: blocking);
        operation.WatchCancellation(cancellationToken, () => CancelRunningChunks(operation));
        return operation.Result;
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
