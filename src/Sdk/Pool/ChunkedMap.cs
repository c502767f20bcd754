using System.Runtime.CompilerServices;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// Map, starmap and imap written once for the pools: the target check, the default chunk size and the items' array
/// for all of them; for a pool whose work is <see cref="PoolTask"/>s (<see cref="IPoolTaskQueue"/>) also the chunking
/// into <see cref="ChunkTask{TResult}"/>s of one <see cref="ChunkedOperation{TResult}"/>, the feeder of a lazy imap
/// source, and the async imap streams.
/// </summary>
internal static class ChunkedMap
{
    /// <summary>The descriptor of a target to map; it must have a batch runner (a result, 1 to 4 parameters).</summary>
    internal static TargetDescriptor ResolveTarget(Delegate target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var descriptor = TargetRegistry.Resolve(target);
        return descriptor.Batch is not null
            ? descriptor
            : throw new ArgumentException($"The target '{descriptor.Id}' cannot be mapped: a mapped target must return a value and take 1 to 4 parameters.", nameof(target));
    }

    /// <summary>The items as an array: an array itself, or a copy of the sequence.</summary>
    internal static T[] Materialize<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as T[] ?? items.ToArray();
    }

    /// <summary><paramref name="chunkSize"/> when it is set; else CPython's default: ceil(n / (4 x workers)), at least 1.</summary>
    internal static int DefaultChunkSize(IMapPool pool, int count, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunkSize);
        if (chunkSize > 0)
        {
            return chunkSize;
        }

        int parts = pool.MapWorkers * 4;
        return Math.Max(1, (count + parts - 1) / parts);
    }

    /// <summary>Writes a chunk of items, each with its type's marshaller.</summary>
    internal static ReadOnlyMemory<byte> Encode<T>(ReadOnlyMemory<T> chunk) => ChunkCodec.Write(chunk.Span);

    /// <summary>
    /// A map or starmap: the items are copied at once (as CPython lists them), unless <paramref name="view"/> lets the
    /// chunks read them from the caller's array when they are sent (a blocking map, whose caller waits for it).
    /// </summary>
    internal static AsyncResult<TResult[]> StartMap<T, TResult>(IPoolTaskQueue pool, Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<T>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken, bool view = false)
    {
        var array = Materialize(items);
        return Start<T, TResult>(pool, target, array, DefaultChunkSize(pool, array.Length, chunkSize), stream: false, progress, callback, errorCallback, encode, cancellationToken, view).Result;
    }

    /// <summary>
    /// An imap: items already in memory are cut into chunks at once (views of the array when <paramref name="view"/>),
    /// a lazy source (a generator, an endless sequence) is read a chunk at a time, as CPython's imap reads its iterable.
    /// </summary>
    internal static ChunkedOperation<TResult> StartStream<T, TResult>(IPoolTaskQueue pool, Delegate target, IEnumerable<T> items, int chunkSize, IProgress<int>? progress, CancellationToken cancellationToken, bool view = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        if (items is T[] or ICollection<T> or IReadOnlyCollection<T>)
        {
            return Start<T, TResult>(pool, target, Materialize(items), chunkSize, stream: true, progress, null, null, Encode, cancellationToken, view);
        }

        var descriptor = ResolveTarget(target);
        var operation = ChunkedOperation<TResult>.ForLazyStream(progress);
        var feeder = new LazyChunkFeeder<T, TResult>(pool, descriptor, items, chunkSize, operation, pool.LazyWindow, cancellationToken);
        feeder.Start(); // throws, reading nothing, when the pool no longer runs
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    /// <summary>Cuts <paramref name="items"/> into chunk tasks of one operation and submits them all.</summary>
    internal static ChunkedOperation<TResult> Start<T, TResult>(IPoolTaskQueue pool, Delegate target, T[] items, int chunkSize, bool stream, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, Func<ReadOnlyMemory<T>, ReadOnlyMemory<byte>> encode, CancellationToken cancellationToken, bool view)
    {
        var descriptor = ResolveTarget(target);
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

        pool.Submit(tasks, cancellationToken);
        operation.WatchCancellation(cancellationToken);
        return operation;
    }

    /// <summary>
    /// The async form of an imap's results: in the order of the items (<paramref name="ordered"/>; a chunk that comes
    /// early waits for its turn) or as the chunks come. Leaving the loop early stops the operation.
    /// </summary>
    internal static async IAsyncEnumerable<TResult> ReadAsync<TResult>(ChunkedOperation<TResult> operation, bool ordered, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var early = ordered ? new Dictionary<int, (TResult[]? Values, Exception? Error)>() : null;
        int next = 0;
        try
        {
            await foreach (var (index, values, error) in operation.Stream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (early is null)
                {
                    operation.ChunkTaken?.Invoke();
                    foreach (var value in ChunkResults.ValuesOrThrow(values, error))
                    {
                        yield return value;
                    }

                    continue;
                }

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
}
