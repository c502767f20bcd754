using System.Runtime.CompilerServices;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool
{
    private AsyncResult<TResult[]> StartMap<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var array = Materialize(items);
        return StartChunked<T, TResult>(target, array, DefaultChunksize(array.Length, chunkSize), stream: false, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken).Result;
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
            return StartChunked<T, TResult>(target, Materialize(items), chunkSize, stream: true, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);
        }

        // A lazy source: read a window of chunks ahead of the consumer, as the local pool's imap reads it.
        var descriptor = ResolveMapTarget(target);
        var operation = ChunkedOperation<TResult>.ForLazyStream(progress);
        var feeder = new ClusterLazyFeeder<T, TResult>(this, descriptor, items, chunkSize, operation, window: Math.Max(4, 2 * _options.TasksPerWorker * KnownWorkers()), cancellationToken);
        feeder.Start();
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    private ChunkedOperation<TResult> StartChunked<T, TResult>(Delegate target, T[] items, int chunkSize, bool stream, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<T>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken)
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
            tasks[i] = new ChunkTask<TResult>(descriptor, encode(items.AsMemory(start, count)), operation, i, start, count);
        }

        Submit(tasks, fromFeeder: false, cancellationToken);
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    private static TargetDescriptor ResolveMapTarget(Delegate target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var descriptor = TargetRegistry.Resolve(target);
        return descriptor.Batch is not null
            ? descriptor
            : throw new ArgumentException($"The target '{descriptor.Id}' cannot be mapped: a mapped target must return a value and take 1 to 4 parameters.", nameof(target));
    }

    /// <summary>CPython's default over the cluster's workers: ceil(n / (4 x workers)), at least 1.</summary>
    private int DefaultChunksize(int count, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkSize);
        if (chunkSize > 0)
        {
            return chunkSize;
        }

        int parts = KnownWorkers() * 4;
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
                    operation.ChunkTaken?.Invoke();
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
}
