namespace Multiprocessing;

/// <summary>
/// The pool API an app calls (Python's <c>Pool</c>): apply, map, starmap and imap, typed end to end. Both
/// <see cref="ProcessPool"/> (worker processes on this machine) and the cluster pool of the <c>Multiprocessing.Orleans</c>
/// package (the same calls over the worker processes of an Orleans cluster's silos) implement it, so an app moves from
/// one machine to a cluster by changing its registration (<c>AddProcessPool</c> vs <c>AddClusterPool</c>), not its calls.
/// </summary>
/// <remarks>The <c>Apply</c>/<c>ApplyAsync</c> family (0 to 8 parameters, each target shape) is written by
/// <c>eng/gen_create_overloads.py</c> into <c>IProcessPool.Apply.cs</c>.</remarks>
public partial interface IProcessPool : IDisposable, IAsyncDisposable
{
    /// <summary>The number of workers the pool runs on (for a cluster pool: the workers of the silos it knows now).</summary>
    int Processes { get; }

    /// <summary>Runs <paramref name="target"/> on every item in the workers and returns the results in order (Python's <c>map</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default, ceil(n / (4 x processes)).</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in the order of the items.</returns>
    TResult[] Map<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <summary>Runs an async <paramref name="target"/> on every item in the workers and returns the results in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in the order of the items.</returns>
    TResult[] Map<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <summary>Starts a map (Python's <c>map_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk.</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker; the result fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> MapAsync<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a map of an async target; the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk.</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> MapAsync<T, TResult>(Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <summary>Maps a target of two parameters: each item is a tuple of the arguments (Python's <c>starmap</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    TResult[] Starmap<T1, T2, TResult>(Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0);

    /// <summary>Starts a starmap of a two-parameter target (Python's <c>starmap_async</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>(Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Maps a target of three parameters: each item is a tuple of the arguments.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    TResult[] Starmap<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0);

    /// <summary>Starts a starmap of a three-parameter target.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Yields the results in order as they become ready (Python's <c>imap</c>); blocks while the next is not ready.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence is read a window of chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in the order of the items.</returns>
    IEnumerable<TResult> Imap<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <summary>Yields each result as soon as it is ready, in any order (Python's <c>imap_unordered</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence is read a window of chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in completion order.</returns>
    IEnumerable<TResult> ImapUnordered<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <summary>The async form of <see cref="Imap{T, TResult}"/>: results in order, as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence is read a window of chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="cancellationToken">Stops the stream and drops the chunks not yet sent.</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in the order of the items.</returns>
    IAsyncEnumerable<TResult> ImapAsync<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The async form of <see cref="ImapUnordered{T, TResult}"/>: results as they come, as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence is read a window of chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="cancellationToken">Stops the stream and drops the chunks not yet sent.</param>
    /// <param name="progress">Gets the number of items done after each chunk, in order; the last report comes before the results.</param>
    /// <returns>The results, in completion order.</returns>
    IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>(Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Stops taking tasks (Python's <c>close()</c>); submitted work still finishes.</summary>
    void Close();

    /// <summary>Stops now (Python's <c>terminate()</c>): tasks not finished fail.</summary>
    void Terminate();

    /// <summary>Waits until the pool has stopped (Python's <c>join()</c>); call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    void Join();

    /// <summary>Waits asynchronously until the pool has stopped; call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    /// <param name="cancellationToken">Stops the wait (not the pool).</param>
    /// <returns>A task that completes when the pool has stopped.</returns>
    Task JoinAsync(CancellationToken cancellationToken = default);
}
