using System.Runtime.CompilerServices;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

public sealed partial class ProcessPool
{
    // blocking: the caller waits for the whole map, so the items are read from its array when each chunk is sent,
    // with no copy. Otherwise (map_async) they are copied at once, as CPython lists them.
    private AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken, bool blocking = false)
    {
        var array = Materialize(items);
        return StartChunked<T, TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken, view: blocking).Result;
    }

    // A starmap's items are tuples: the caller passes the encoder (ChunkCodec's tuple overloads, which write each
    // element with its own marshaller; an item type parameter would bind to the generic one, which needs a marshaller
    // of the whole tuple).
    private AsyncResult<TResult[]> StartStarmap<TItem, TResult>(Delegate target, IEnumerable<TItem> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken)
    {
        var array = Materialize(items);
        return StartChunked<TItem, TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, callback, errorCallback, encode, cancellationToken).Result;
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
