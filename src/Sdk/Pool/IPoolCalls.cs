using Multiprocessing.Marshalling;

namespace Multiprocessing.Pool;

/// <summary>
/// The narrow core of a pool that the typed call families (<see cref="ProcessPoolExtensions"/>: <c>Apply</c>,
/// <c>Map</c>, <c>Starmap</c>, <c>Imap</c> and their async forms) forward to, as <c>LoggerExtensions</c> forward to
/// <c>ILogger.Log</c>: the families are written once, and each pool serves them by implementing this (explicitly).
/// <see cref="ProcessPool"/>, <see cref="InProcessPool"/> and the cluster pool of <c>Multiprocessing.Orleans</c> do.
/// </summary>
internal interface IPoolCalls
{
    /// <summary>Submits one call of a target that returns a value.</summary>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">The target (resolved through the target registry).</param>
    /// <param name="writeArguments">Writes the call's arguments.</param>
    /// <param name="callback">Called with the result.</param>
    /// <param name="errorCallback">Called with the failure.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending result.</returns>
    AsyncResult<TResult> SubmitApply<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken);

    /// <summary>Submits one call of a target that returns no value.</summary>
    /// <param name="target">The target (resolved through the target registry).</param>
    /// <param name="writeArguments">Writes the call's arguments.</param>
    /// <param name="callback">Called when the call is done.</param>
    /// <param name="errorCallback">Called with the failure.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending result.</returns>
    AsyncResult SubmitApply(Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken);

    /// <summary>Starts a map of a target of one parameter over <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">The target; it must have a batch runner.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per chunk; 0 for the pool's default.</param>
    /// <param name="progress">Told how many items are done.</param>
    /// <param name="callback">Called with the results.</param>
    /// <param name="errorCallback">Called with the first failure.</param>
    /// <param name="cancellationToken">Drops the chunks not taken yet.</param>
    /// <param name="blocking">The caller waits for the whole map, so a pool may read the items from the caller's array as it sends them instead of copying them first.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking);

    /// <summary>Starts a map of a target of several parameters over argument tuples.</summary>
    /// <typeparam name="TItem">The tuple type.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">The target; it must have a batch runner.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per chunk; 0 for the pool's default.</param>
    /// <param name="progress">Told how many items are done.</param>
    /// <param name="callback">Called with the results.</param>
    /// <param name="errorCallback">Called with the first failure.</param>
    /// <param name="encode">Writes a chunk of tuples (ChunkCodec's tuple overloads, bound where the tuple type is spelled out).</param>
    /// <param name="cancellationToken">Drops the chunks not taken yet.</param>
    /// <returns>The pending results.</returns>
    AsyncResult<TResult[]> StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken);

    /// <summary>
    /// Starts an imap (a lazy source is read a window of chunks ahead) whose results are read blocking: by default,
    /// the async stream read synchronously; a pool whose caller can do better while it waits (a
    /// <see cref="ProcessPool"/> reads its workers' results on the waiting thread) implements its own.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">The target; it must have a batch runner.</param>
    /// <param name="items">The items, possibly lazy and endless.</param>
    /// <param name="chunkSize">Items per chunk (at least 1).</param>
    /// <param name="progress">Told how many items are done.</param>
    /// <param name="ordered">In the order of the items (imap), or as they finish (imap_unordered).</param>
    /// <returns>The results.</returns>
    IEnumerable<TResult> StartImap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered) =>
        StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered, CancellationToken.None).ToBlockingEnumerable();

    /// <summary>Starts an imap whose results are read as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The target's result type.</typeparam>
    /// <param name="target">The target; it must have a batch runner.</param>
    /// <param name="items">The items, possibly lazy and endless.</param>
    /// <param name="chunkSize">Items per chunk (at least 1).</param>
    /// <param name="progress">Told how many items are done.</param>
    /// <param name="ordered">In the order of the items, or as they finish.</param>
    /// <param name="cancellationToken">Stops the stream and drops the chunks not sent yet.</param>
    /// <returns>The results.</returns>
    IAsyncEnumerable<TResult> StartImapAsync<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, bool ordered, CancellationToken cancellationToken);
}
