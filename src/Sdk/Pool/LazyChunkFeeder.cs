using System.Runtime.InteropServices;
using Multiprocessing.Diagnostics;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// Feeds an imap from a lazy source (a generator, lines read from a file, an endless sequence): its own thread takes
/// the items a chunk at a time, and only while fewer than a window of chunks are submitted and not yet taken by the
/// consumer. CPython's imap also reads its iterable as it dispatches, not all at once; this one also stops reading
/// when the consumer falls behind, so an endless source never fills memory.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class LazyChunkFeeder<T, TResult> : ILazyFeeder
{
    /// <summary>The name of the feeder threads (Linux keeps 15 characters of a thread's name).</summary>
    internal const string ThreadName = "mp-imap-feeder";

    private readonly IPoolTaskQueue _pool;
    private readonly TargetDescriptor _target;
    private readonly IEnumerable<T> _items;
    private readonly int _chunksize;
    private readonly ChunkedOperation<TResult> _operation;
    private readonly SemaphoreSlim _room;
    private readonly CancellationToken _cancellationToken;

    /// <param name="pool">The pool the chunks go to.</param>
    /// <param name="target">The mapped target.</param>
    /// <param name="items">The lazy source.</param>
    /// <param name="chunkSize">Items per chunk.</param>
    /// <param name="operation">The imap the chunks belong to.</param>
    /// <param name="window">How many chunks may be submitted and not yet taken by the consumer.</param>
    /// <param name="cancellationToken">The caller's token, passed with each chunk to the pool.</param>
    internal LazyChunkFeeder(IPoolTaskQueue pool, TargetDescriptor target, IEnumerable<T> items, int chunkSize, ChunkedOperation<TResult> operation, int window, CancellationToken cancellationToken)
    {
        _pool = pool;
        _target = target;
        _items = items;
        _chunksize = chunkSize;
        _operation = operation;
        _cancellationToken = cancellationToken;
        _room = new SemaphoreSlim(window);
        operation.ChunkTaken = () => _room.Release();
        operation.Stopped = () => _room.Release(); // wakes the feeder so that it sees the end and lets the source go
    }

    /// <summary>Starts reading the source (the pool keeps the feeder until it ends).</summary>
    internal void Start()
    {
        _pool.FeederStarted(this);
        new Thread(Run) { IsBackground = true, Name = ThreadName }.Start();
    }

    /// <inheritdoc />
    public void Unthrottle() => _room.Release(int.MaxValue / 2);

    /// <inheritdoc />
    public void Abort(Exception error) => _operation.Fail(error); // Stopped wakes the feeder

    private void Run()
    {
        IEnumerator<T>? items = null;
        try
        {
            items = _items.GetEnumerator();
            for (int index = 0; ; index++)
            {
                _room.Wait();
                if (_operation.IsFinished)
                {
                    return; // the consumer left, or the operation failed: read no more
                }

                var chunk = new List<T>(Math.Min(_chunksize, 1024));
                while (chunk.Count < _chunksize && items.MoveNext())
                {
                    chunk.Add(items.Current);
                }

                if (chunk.Count > 0)
                {
                    _operation.AddChunk();
                    var task = new ChunkTask<TResult>(_target, ChunkCodec.Write<T>(CollectionsMarshal.AsSpan(chunk)), _operation, index, 0, chunk.Count);
                    try
                    {
                        _pool.SubmitFromFeeder(task, _cancellationToken);
                    }
                    catch (Exception ex)
                    {
                        _operation.Fail(ex); // the pool was terminated or broke meanwhile
                        return;
                    }
                }

                if (chunk.Count < _chunksize)
                {
                    _operation.SourceEnded();
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            _operation.SourceEnded(ex); // the source threw: its error comes after the results before it
        }
        finally
        {
            try
            {
                items?.Dispose();
            }
            catch (Exception ex)
            {
                MultiprocessingEventSource.Log.CallbackFailed("Disposing an imap's source", ex.ToString());
            }

            _pool.FeederEnded(this);
        }
    }
}
