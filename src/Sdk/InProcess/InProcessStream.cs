using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing.InProcess;

/// <summary>
/// The chunks of an <see cref="InProcessPool"/> imap: a feeder reads the source a chunk at a time (as CPython's imap
/// reads its iterable), marshals each chunk and queues it, at most a window of chunks ahead of the consumer.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class InProcessStream<T, TResult> : IInProcessFeeder
{
    private readonly Channel<Task<TResult[]>> _chunks = Channel.CreateUnbounded<Task<TResult[]>>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _window;
    private readonly bool _ordered;
    private readonly ProgressReporter? _progress;
    private int _outstanding = 1; // the feeder's own share, released when the source is read to its end
    private volatile bool _unthrottled;

    private InProcessStream(int window, bool ordered, IProgress<int>? progress)
    {
        _window = new SemaphoreSlim(window);
        _ordered = ordered;
        _progress = progress is null ? null : new ProgressReporter(progress);
    }

    /// <summary>Starts reading <paramref name="items"/> on the thread pool.</summary>
    internal static InProcessStream<T, TResult> Start(InProcessPool pool, TargetDescriptor target, IEnumerable<T> items, int chunkSize, bool ordered, IProgress<int>? progress, Func<T[], ReadOnlyMemory<byte>> encode)
    {
        var stream = new InProcessStream<T, TResult>(4 * pool.Processes, ordered, progress);
        pool.FeederStarted(stream); // throws, reading nothing, when the pool no longer runs
        _ = Task.Run(() => stream.Feed(pool, target, items, chunkSize, encode));
        return stream;
    }

    /// <summary>The results, chunk by chunk, in the order of the items or as they finish.</summary>
    internal async IAsyncEnumerable<TResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var chunk in _chunks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                TResult[] values;
                try
                {
                    values = await chunk.ConfigureAwait(false);
                }
                finally
                {
                    _window.Release();
                }

                foreach (var value in values)
                {
                    yield return value;
                }
            }

            if (_progress is { } progress)
            {
                // The last report is made before the stream ends, as with a process pool's imap.
                var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                progress.ThenRun(() => reported.SetResult());
                await reported.Task.ConfigureAwait(false);
            }
        }
        finally
        {
            _stop.Cancel(); // the consumer stopped (or saw an error): read no more of the source, skip queued chunks
        }
    }

    /// <inheritdoc />
    public void Unthrottle()
    {
        _unthrottled = true;
        _window.Release(); // wakes a feeder waiting for room; it waits no more
    }

    /// <inheritdoc />
    public void Abort() => _stop.Cancel();

    private async Task Feed(InProcessPool pool, TargetDescriptor target, IEnumerable<T> items, int chunkSize, Func<T[], ReadOnlyMemory<byte>> encode)
    {
        try
        {
            var chunk = new List<T>(chunkSize);
            foreach (var item in items)
            {
                chunk.Add(item);
                if (chunk.Count == chunkSize)
                {
                    await Send(pool, target, chunk.ToArray(), encode).ConfigureAwait(false);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                await Send(pool, target, chunk.ToArray(), encode).ConfigureAwait(false);
            }

            if (_ordered || Interlocked.Decrement(ref _outstanding) == 0)
            {
                _chunks.Writer.TryComplete();
            }
        }
        catch (Exception ex)
        {
            _chunks.Writer.TryComplete(ex); // the source threw, or the pool was terminated: the consumer sees it after the chunks before
        }
        finally
        {
            pool.FeederEnded(this);
        }
    }

    private async Task Send(InProcessPool pool, TargetDescriptor target, T[] items, Func<T[], ReadOnlyMemory<byte>> encode)
    {
        if (!_unthrottled)
        {
            await _window.WaitAsync(_stop.Token).ConfigureAwait(false);
        }

        _stop.Token.ThrowIfCancellationRequested();
        var work = InProcessPool.Chunk<TResult>(target, encode(items), items.Length, CancellationToken.None, _stop.Token);
        if (_progress is { } progress)
        {
            int count = items.Length; // registered before the consumer awaits the chunk: counted before it is read
            _ = work.Task.ContinueWith(_ => progress.Add(count), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        if (_ordered)
        {
            _chunks.Writer.TryWrite(work.Task);
        }
        else
        {
            Interlocked.Increment(ref _outstanding);
            _ = work.Task.ContinueWith(
                done =>
                {
                    _chunks.Writer.TryWrite(done);
                    if (Interlocked.Decrement(ref _outstanding) == 0)
                    {
                        _chunks.Writer.TryComplete();
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        pool.Submit(work, fromFeeder: true);
    }
}
