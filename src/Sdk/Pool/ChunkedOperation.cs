using System.Threading.Channels;

namespace Multiprocessing.Pool;

/// <summary>
/// One map, imap or starmap call: its chunks in flight, the results gathered so far, progress and cancellation. A map
/// fills one array; an imap streams the chunks, in order or as they come.
/// </summary>
internal sealed class ChunkedOperation<TResult>
{
    private readonly object _gate = new();
    private readonly TResult[]? _results;
    private readonly TaskCompletionSource<TResult[]>? _completion;
    private readonly Channel<(int Index, TResult[]? Values, Exception? Error)>? _stream;
    private readonly ProgressReporter? _progress;
    private readonly Action<TResult[]>? _callback;
    private readonly Action<Exception>? _errorCallback;
    private CancellationTokenRegistration _cancellation;
    private int _remaining;
    private volatile bool _finished;
    private Exception? _sourceError;

    private ChunkedOperation(int items, int chunks, bool stream, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback)
    {
        _remaining = chunks;
        _progress = progress is null ? null : new ProgressReporter(progress);
        _callback = callback;
        _errorCallback = errorCallback;
        if (stream)
        {
            _stream = Channel.CreateUnbounded<(int, TResult[]?, Exception?)>(new UnboundedChannelOptions { SingleReader = true });
        }
        else
        {
            _results = ChunkCodec.NewArray<TResult>(items);
            // Synchronous continuations: the only one is the public result's mirror (see ApplyTask).
            _completion = new TaskCompletionSource<TResult[]>();
        }
    }

    internal bool IsFinished => _finished;

    internal AsyncResult<TResult[]> Result => new(_completion!.Task);

    internal ChannelReader<(int Index, TResult[]? Values, Exception? Error)> Stream => _stream!.Reader;

    internal static ChunkedOperation<TResult> ForMap(int items, int chunks, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback) =>
        new(items, chunks, stream: false, progress, callback, errorCallback);

    internal static ChunkedOperation<TResult> ForStream(int chunks, IProgress<int>? progress = null) => new(0, chunks, stream: true, progress, null, null);

    /// <summary>A stream whose chunks are added as a lazy source is read (<see cref="AddChunk"/>, then <see cref="SourceEnded"/>).</summary>
    internal static ChunkedOperation<TResult> ForLazyStream(IProgress<int>? progress = null) => new(0, 1, stream: true, progress, null, null); // 1: the open source

    /// <summary>Called after a consumer took a chunk out of <see cref="Stream"/> (a lazy source may read more).</summary>
    internal Action? ChunkTaken { get; set; }

    /// <summary>Called once the operation has finished or failed.</summary>
    internal Action? Stopped { get; set; }

    /// <summary>One more chunk is about to be submitted (lazy streams).</summary>
    internal void AddChunk() => Interlocked.Increment(ref _remaining);

    /// <summary>
    /// The lazy source has no more items (or threw <paramref name="error"/>): the operation ends when its chunks do,
    /// the error coming after every result before it, as CPython's imap raises it in its place.
    /// </summary>
    internal void SourceEnded(Exception? error = null)
    {
        if (error is not null)
        {
            Volatile.Write(ref _sourceError, error);
        }

        ChunkDone();
    }

    /// <summary>
    /// Fails the operation with <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is
    /// cancelled (its chunks not sent yet are then dropped), then calls <paramref name="cancelRunning"/>, which cancels
    /// the tokens of the chunks running in the workers (maps of targets that take a token).
    /// </summary>
    internal void WatchCancellation(CancellationToken cancellationToken, Action? cancelRunning = null)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(() =>
            {
                Fail(new OperationCanceledException("The pool operation was cancelled.", cancellationToken));
                cancelRunning?.Invoke();
            });
        }

        if (_remaining == 0)
        {
            Finish();
        }
    }

    internal void OnChunk(int index, int start, int count, ReadOnlySpan<byte> bytes)
    {
        if (_finished)
        {
            return;
        }

        TResult[] values;
        try
        {
            if (_results is not null)
            {
                ChunkCodec.Read(bytes, _results.AsSpan(start, count));
                values = _results;
            }
            else
            {
                values = ChunkCodec.NewArray<TResult>(count);
                ChunkCodec.Read(bytes, values.AsSpan());
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Results that cannot be read (malformed, or a marshaller that throws) fail this operation, not the pool.
            Fail(ex);
            return;
        }

        _stream?.Writer.TryWrite((index, values, null));
        _progress?.Add(count);
        ChunkDone();
    }

    private void ChunkDone()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            if (Volatile.Read(ref _sourceError) is { } error)
            {
                Fail(error);
            }
            else
            {
                Finish();
            }
        }
    }

    /// <summary>
    /// A chunk failed (its target threw, or its worker died). A map fails at once, as CPython's does; a stream takes
    /// the error in the chunk's place, so an ordered consumer gets every result before it first, as CPython's imap.
    /// </summary>
    internal void ChunkFailed(int index, Exception error)
    {
        if (_stream is null)
        {
            Fail(error);
            return;
        }

        if (!_finished)
        {
            _stream.Writer.TryWrite((index, null, error));
            ChunkDone();
        }
    }

    internal void Fail(Exception error)
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
        }

        _cancellation.Dispose();
        if (error is OperationCanceledException canceled && _completion is not null)
        {
            _completion.TrySetCanceled(canceled.CancellationToken);
        }
        else
        {
            _completion?.TrySetException(error);
        }

        _stream?.Writer.TryComplete(error);
        PoolCallbacks.Invoke(_errorCallback, error);
        Stopped?.Invoke();
    }

    private void Finish()
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
        }

        _cancellation.Dispose();
        Stopped?.Invoke();
        if (_progress is not null)
        {
            _progress.ThenRun(Complete); // the last progress report is made before the result is set
        }
        else
        {
            Complete();
        }
    }

    private void Complete()
    {
        _stream?.Writer.TryComplete();
        if (_completion is not null && _completion.TrySetResult(_results!))
        {
            PoolCallbacks.Invoke(_callback, _results!);
        }
    }
}
