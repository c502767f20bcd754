using Multiprocessing.InProcess;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

public sealed partial class InProcessPool
{
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

    private InProcessStream<T, TResult> StartStream<T, TResult>(Delegate target, IEnumerable<T> items, int chunkSize, bool ordered, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return InProcessStream<T, TResult>.Start(this, ResolveMapTarget(target), items, chunkSize, ordered, progress, static chunk => ChunkCodec.Write<T>(chunk));
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
