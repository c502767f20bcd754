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
        return InProcessStream<T, TResult>.Start(this, ChunkedMap.ResolveTarget(target), items, chunkSize, ordered, progress, static chunk => ChunkCodec.Write<T>(chunk));
    }

    private AsyncResult<TResult[]> StartMap<TItem, TResult>(Delegate target, TItem[] items, int chunkSize, Func<ReadOnlyMemory<TItem>, ReadOnlyMemory<byte>> encode, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var descriptor = ChunkedMap.ResolveTarget(target);
        chunkSize = ChunkedMap.DefaultChunkSize(this, items.Length, chunkSize);
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
        PoolCallbacks.InvokeWhenDone(all, callback, errorCallback, "The map was cancelled.");
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

    private static T[] Materialize<T>(IEnumerable<T> items) => ChunkedMap.Materialize(items);
}
