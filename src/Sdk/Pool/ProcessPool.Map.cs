using System.Runtime.CompilerServices;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

public sealed partial class ProcessPool
{
    /// <summary>
    /// Runs <paramref name="target"/> on every item in the workers and returns the results in order (Python's
    /// <c>map</c>). The items travel in chunks of <paramref name="chunkSize"/>; by default about four chunks per worker.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default, ceil(n / (4 x processes)).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before this returns.</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    /// <exception cref="WorkerCrashedException">A worker died while it held a chunk.</exception>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get();

    /// <summary>Runs an async <paramref name="target"/> on every item in the workers and returns the results in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order; the last report is made before this returns.</param>
    /// <returns>The results, in the order of the items.</returns>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get();

    /// <summary>Starts a map (Python's <c>map_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk: in order, from one thread-pool thread, each Report returning before the next is made, the last before the result is ready (see docs/cancellation.md#progress for <see cref="Progress{T}"/>).</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker; the result fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <summary>Starts a map of an async target; the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk: in order, from one thread-pool thread, each Report returning before the next is made, the last before the result is ready (see docs/cancellation.md#progress for <see cref="Progress{T}"/>).</param>
    /// <param name="callback">Called with the results when all are ready.</param>
    /// <param name="errorCallback">Called with the first exception.</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <summary>Like <see cref="Map{T, TResult}(Func{T, TResult}, IEnumerable{T}, int, IProgress{int})"/> for targets of two parameters: each item is a tuple of the arguments (Python's <c>starmap</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0) =>
        StarmapAsync(target, items, chunkSize).Get();

    /// <summary>Starts a starmap of a two-parameter target (Python's <c>starmap_async</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk: in order, from one thread-pool thread, each Report returning before the next is made, the last before the result is ready (see docs/cancellation.md#progress for <see cref="Progress{T}"/>).</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var array = Materialize(items);
        var operation = StartChunked<(T1, T2), TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);
        return operation.Result;
    }

    /// <summary>Like <see cref="Starmap{T1, T2, TResult}"/> for targets of three parameters.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0) =>
        StarmapAsync(target, items, chunkSize).Get();

    /// <summary>Starts a starmap of a three-parameter target.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Told how many items are done, after each chunk: in order, from one thread-pool thread, each Report returning before the next is made, the last before the result is ready (see docs/cancellation.md#progress for <see cref="Progress{T}"/>).</param>
    /// <param name="cancellationToken">Drops the chunks not yet sent to a worker.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var array = Materialize(items);
        var operation = StartChunked<(T1, T2, T3), TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);
        return operation.Result;
    }

    /// <summary>
    /// Runs <paramref name="target"/> on every item and yields the results in order as they become ready (Python's
    /// <c>imap</c>); blocks while the next result is not ready.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, only a few chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (from one thread-pool thread); the last report is made before the enumeration ends.</param>
    /// <returns>The results, in the order of the items.</returns>
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        new BlockingResults<TResult>(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), this, ordered: true);

    /// <summary>Like <see cref="Imap{T, TResult}(Func{T, TResult}, IEnumerable{T}, int, IProgress{int})"/>, but yields each result as soon as it is ready, in any order (Python's <c>imap_unordered</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, only a few chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1, as in Python).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (from one thread-pool thread); the last report is made before the enumeration ends.</param>
    /// <returns>The results, in completion order.</returns>
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        new BlockingResults<TResult>(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), this, ordered: false);

    /// <summary>The async form of <see cref="Imap{T, TResult}(Func{T, TResult}, IEnumerable{T}, int, IProgress{int})"/>: results in order, as an async stream. Leaving the loop early drops the chunks not yet sent.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, only a few chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (from one thread-pool thread); the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Stops the stream and drops the chunks not yet sent.</param>
    /// <returns>The results, in the order of the items.</returns>
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken);
        return Ordered(operation, cancellationToken);
    }

    /// <summary>The async form of <see cref="ImapUnordered{T, TResult}(Func{T, TResult}, IEnumerable{T}, int, IProgress{int})"/>: results as they come, as an async stream.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items. A lazy sequence (not a collection) is read a chunk at a time, only a few chunks ahead of the consumer, so it may be endless.</param>
    /// <param name="chunkSize">Items per task (default 1).</param>
    /// <param name="progress">Told how many items are done, after each chunk, in order (from one thread-pool thread); the last report is made before the enumeration ends.</param>
    /// <param name="cancellationToken">Stops the stream and drops the chunks not yet sent.</param>
    /// <returns>The results, in completion order.</returns>
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var operation = StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken);
        return Unordered(operation, cancellationToken);
    }

    // blocking: the caller waits for the whole map, so the items are read from its array when each chunk is sent,
    // with no copy. Otherwise (map_async) they are copied at once, as CPython lists them.
    private AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking = false)
    {
        var array = Materialize(items);
        return StartChunked<T, TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken, view: blocking).Result;
    }

    private ChunkedOperation<TResult> StartStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        if (items is T[] or ICollection<T> or IReadOnlyCollection<T>)
        {
            // Items already in memory: chunks are views of the array, sent as workers take them.
            return StartChunked<T, TResult>(target, Materialize(items), chunkSize, stream: true, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken, view: true);
        }

        // A lazy source (a generator, an endless sequence): read a chunk at a time, as CPython's imap reads its iterable.
        var descriptor = ResolveMapTarget(target);

        var operation = ChunkedOperation<TResult>.ForLazyStream(progress);
        var feeder = new LazyChunkFeeder<T, TResult>(this, descriptor, items, chunkSize, operation, window: 4 * Processes);
        feeder.Start(); // throws, reading nothing, when the pool no longer runs
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    private ChunkedOperation<TResult> StartChunked<T, TResult>(Delegate target, T[] items, int chunkSize, bool stream, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<T>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken, bool view = false)
    {
        var descriptor = ResolveMapTarget(target);

        int chunks = (items.Length + chunkSize - 1) / chunkSize;
        var operation = stream
            ? ChunkedOperation<TResult>.ForStream(chunks, progress)
            : ChunkedOperation<TResult>.ForMap(items.Length, chunks, progress, callback, errorCallback);
        var tasks = new PoolTask[chunks];
        for (int i = 0; i < chunks; i++)
        {
            int start = i * chunkSize;
            int count = Math.Min(chunkSize, items.Length - start);
            if (view && ChunkCodec.CanView<T>())
            {
                var (prefix, bytes) = ChunkCodec.View(items, start, count);
                tasks[i] = new ChunkTask<TResult>(descriptor, bytes, operation, i, start, count) { PayloadPrefix = prefix };
            }
            else
            {
                tasks[i] = new ChunkTask<TResult>(descriptor, encode(items.AsMemory(start, count)), operation, i, start, count);
            }
        }

        Submit(tasks);
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    /// <summary>The descriptor of a target to map; it must have a batch runner (a result, 1 to 4 parameters).</summary>
    private static TargetDescriptor ResolveMapTarget(Delegate target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var descriptor = TargetRegistry.Resolve(target);
        return descriptor.Batch is not null
            ? descriptor
            : throw new ArgumentException($"The target '{descriptor.Id}' cannot be mapped: a mapped target must return a value and take 1 to 4 parameters.", nameof(target));
    }

    /// <summary>CPython's default: ceil(n / (4 x processes)), at least 1.</summary>
    private int DefaultChunksize(int count, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkSize);
        if (chunkSize > 0)
        {
            return chunkSize;
        }

        int parts = Processes * 4;
        return Math.Max(1, (count + parts - 1) / parts);
    }

    private static T[] Materialize<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as T[] ?? items.ToArray();
    }

    private static async IAsyncEnumerable<TResult> Ordered<TResult>(ChunkedOperation<TResult> operation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var early = new Dictionary<int, (TResult[]? Values, Exception? Error)>();
        int next = 0;
        try
        {
            await foreach (var (index, values, error) in operation.Stream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                early[index] = (values, error);
                while (early.Remove(next, out var ready))
                {
                    operation.ChunkTaken?.Invoke(); // counted when its turn comes, not when it arrives early
                    foreach (var value in ChunkResults.ValuesOrThrow(ready.Values, ready.Error))
                    {
                        yield return value;
                    }

                    next++;
                }
            }
        }
        finally
        {
            operation.Fail(new OperationCanceledException("The imap consumer stopped reading."));
        }
    }

    private static async IAsyncEnumerable<TResult> Unordered<TResult>(ChunkedOperation<TResult> operation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var (_, values, error) in operation.Stream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                operation.ChunkTaken?.Invoke();
                foreach (var value in ChunkResults.ValuesOrThrow(values, error))
                {
                    yield return value;
                }
            }
        }
        finally
        {
            operation.Fail(new OperationCanceledException("The imap consumer stopped reading."));
        }
    }

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
