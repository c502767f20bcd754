using System.Runtime.InteropServices;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing.Orleans;

/// <summary>
/// Feeds a cluster imap from a lazy source: its own thread takes the items a chunk at a time, only while fewer than a
/// window of chunks are submitted and not yet taken by the consumer (back-pressure: an endless source never fills
/// memory, on the client or in the silos).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class ClusterLazyFeeder<T, TResult>
{
    private readonly ClusterPool _pool;
    private readonly TargetDescriptor _target;
    private readonly IEnumerable<T> _items;
    private readonly int _chunksize;
    private readonly ChunkedOperation<TResult> _operation;
    private readonly SemaphoreSlim _room;
    private readonly CancellationToken _cancellationToken;

    internal ClusterLazyFeeder(ClusterPool pool, TargetDescriptor target, IEnumerable<T> items, int chunkSize, ChunkedOperation<TResult> operation, int window, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _pool = pool;
        _target = target;
        _items = items;
        _chunksize = chunkSize;
        _operation = operation;
        _room = new SemaphoreSlim(window);
        operation.ChunkTaken = () => _room.Release();
        operation.Stopped = () => _room.Release();
    }

    /// <summary>How many chunks have been read from the source so far (tests check the window).</summary>
    internal int ChunksRead { get; private set; }

    internal void Start()
    {
        _pool.FeederRunning(true);
        new Thread(Run) { IsBackground = true, Name = "mp-cluster-feed" }.Start();
    }

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
                    return;
                }

                var chunk = new List<T>(Math.Min(_chunksize, 1024));
                while (chunk.Count < _chunksize && items.MoveNext())
                {
                    chunk.Add(items.Current);
                }

                if (chunk.Count > 0)
                {
                    ChunksRead++;
                    _operation.AddChunk();
                    var task = new ChunkTask<TResult>(_target, ChunkCodec.Write<T>(CollectionsMarshal.AsSpan(chunk)), _operation, index, 0, chunk.Count);
                    try
                    {
                        _pool.Submit([task], fromFeeder: true, _cancellationToken);
                    }
                    catch (Exception ex)
                    {
                        _operation.Fail(ex);
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
            _operation.SourceEnded(ex);
        }
        finally
        {
            try
            {
                items?.Dispose();
            }
            catch (Exception ex)
            {
                Diagnostics.MultiprocessingEventSource.Log.CallbackFailed("Disposing a cluster imap's source", ex.ToString());
            }

            _pool.FeederRunning(false);
        }
    }
}
