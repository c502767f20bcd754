using Multiprocessing.InProcess;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

public sealed partial class InProcessPool
{
    /// <summary>
    /// Runs <paramref name="target"/> on every item on the worker threads and returns the results in order (Python's
    /// <c>map</c>). The items go in marshalled chunks of <paramref name="chunkSize"/>, through the target's generated
    /// batch runner, as in <see cref="ProcessPool.Map{T, TResult}(Func{T, TResult}, IEnumerable{T}, int, IProgress{int})"/>.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default, ceil(n / (4 x processes)).</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0) =>
        MapAsync(target, items, chunkSize).Get();

    /// <summary>Runs an async <paramref name="target"/> on every item on the worker threads and returns the results in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0) =>
        MapAsync(target, items, chunkSize).Get();

    /// <summary>Submits a map (Python's <c>map_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items (copied at once, as CPython lists them).</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Receives the number of items done, after each chunk.</param>
    /// <param name="callback">Called with the results when they are all ready.</param>
    /// <param name="errorCallback">Called with the exception when the map fails.</param>
    /// <param name="cancellationToken">Drops the chunks no worker has taken yet; the result then fails with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <summary>Submits a map of an async target (Python's <c>map_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static async <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items (copied at once).</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Receives the number of items done, after each chunk.</param>
    /// <param name="callback">Called with the results when they are all ready.</param>
    /// <param name="errorCallback">Called with the exception when the map fails.</param>
    /// <param name="cancellationToken">Drops the chunks no worker has taken yet.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <summary>Runs a two-parameter target on every pair of arguments (Python's <c>starmap</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0) =>
        StarmapAsync(target, items, chunkSize).Get();

    /// <summary>Submits a two-parameter starmap (Python's <c>starmap_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of two parameters.</param>
    /// <param name="items">The argument tuples (copied at once).</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Receives the number of items done, after each chunk.</param>
    /// <param name="cancellationToken">Drops the chunks no worker has taken yet.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, null, null, cancellationToken);

    /// <summary>Runs a three-parameter target on every triple of arguments (Python's <c>starmap</c>).</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples.</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <returns>The results, in the order of the items.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0) =>
        StarmapAsync(target, items, chunkSize).Get();

    /// <summary>Submits a three-parameter starmap (Python's <c>starmap_async</c>); the result is awaitable.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <typeparam name="T3">The type of parameter 3.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of three parameters.</param>
    /// <param name="items">The argument tuples (copied at once).</param>
    /// <param name="chunkSize">Items per task; 0 picks CPython's default.</param>
    /// <param name="progress">Receives the number of items done, after each chunk.</param>
    /// <param name="cancellationToken">Drops the chunks no worker has taken yet.</param>
    /// <returns>The pending results.</returns>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, null, null, cancellationToken);

    /// <summary>Runs <paramref name="target"/> on every item and yields the results in order as they are ready (Python's <c>imap</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items; read a chunk at a time, so a lazy or endless sequence works.</param>
    /// <param name="chunkSize">Items per task (at least 1).</param>
    /// <returns>The results, in the order of the items.</returns>
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync().ToBlockingEnumerable();

    /// <summary>Like <see cref="Imap{T, TResult}"/>, but yields each chunk's results as soon as it finishes (Python's <c>imap_unordered</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items; read a chunk at a time.</param>
    /// <param name="chunkSize">Items per task (at least 1).</param>
    /// <returns>The results, in the order they finish.</returns>
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync().ToBlockingEnumerable();

    /// <summary>The asynchronous <see cref="Imap{T, TResult}"/>: <c>await foreach</c> over the results in order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items; read a chunk at a time.</param>
    /// <param name="chunkSize">Items per task (at least 1).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The results, in the order of the items.</returns>
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync(cancellationToken);

    /// <summary>The asynchronous <see cref="ImapUnordered{T, TResult}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">A static <see cref="ProcessTargetAttribute"/> method of one parameter.</param>
    /// <param name="items">The items; read a chunk at a time.</param>
    /// <param name="chunkSize">Items per task (at least 1).</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The results, in the order they finish.</returns>
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync(cancellationToken);

    /// <summary>A chunk task: the marshalled items through the target's batch runner, the results read back.</summary>
    internal static InProcessWork<TResult[]> Chunk<TResult>(TargetDescriptor target, ReadOnlyMemory<byte> chunk, int count, CancellationToken cancellationToken, CancellationToken skipWhen) =>
        new(
            scratch => target.Batch!.RunAsync(chunk, scratch, null),
            bytes =>
            {
                var values = new TResult[count];
                ChunkCodec.Read<TResult>(bytes.Span, values);
                return values;
            },
            cancellationToken,
            skipWhen);

    private InProcessStream<T, TResult> StartStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, bool ordered)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return InProcessStream<T, TResult>.Start(this, ResolveMapTarget(target), items, chunkSize, ordered, static chunk => ChunkCodec.Write<T>(chunk));
    }

    private AsyncResult<TResult[]> StartMap<TItem, TResult>(Delegate target, TItem[] items, int chunkSize, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var descriptor = ResolveMapTarget(target);
        chunkSize = DefaultChunksize(items.Length, chunkSize);
        var failed = new CancellationTokenSource(); // the map failed: skip its chunks still queued
        var reporter = progress is null ? null : new ProgressReporter(progress);
        var chunks = new List<(int Start, Task<TResult[]> Values)>();
        try
        {
            for (int start = 0; start < items.Length; start += chunkSize)
            {
                int count = Math.Min(chunkSize, items.Length - start);
                var work = Chunk<TResult>(descriptor, encode(items.AsMemory(start, count)), count, cancellationToken, failed.Token);
                if (reporter is not null)
                {
                    work.Task.ContinueWith(t => reporter.Add(count), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                Submit(work, fromFeeder: false);
                chunks.Add((start, work.Task));
            }
        }
        catch
        {
            failed.Cancel();
            throw;
        }

        var all = Gather(chunks, items.Length, failed);
        if (callback is not null || errorCallback is not null)
        {
            all.ContinueWith(
                t =>
                {
                    if (t.IsCompletedSuccessfully)
                    {
                        PoolCallbacks.Invoke(callback, t.Result);
                    }
                    else
                    {
                        PoolCallbacks.Invoke(errorCallback, t.IsCanceled ? new OperationCanceledException("The map was cancelled.") : t.Exception!.InnerException!);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return new AsyncResult<TResult[]>(all);
    }

    private static async Task<TResult[]> Gather<TResult>(List<(int Start, Task<TResult[]> Values)> chunks, int length, CancellationTokenSource failed)
    {
        var results = new TResult[length];
        try
        {
            foreach (var (start, pending) in chunks)
            {
                var values = await pending.ConfigureAwait(false);
                values.CopyTo(results, start);
            }
        }
        catch
        {
            failed.Cancel();
            throw;
        }

        return results;
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

    private static T[] Materialize<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as T[] ?? items.ToArray();
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
}
