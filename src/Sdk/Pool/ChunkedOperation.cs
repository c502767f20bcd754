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
    private readonly Channel<(int Index, TResult[] Values)>? _stream;
    private readonly ProgressReporter? _progress;
    private readonly Action<TResult[]>? _callback;
    private readonly Action<Exception>? _errorCallback;
    private CancellationTokenRegistration _cancellation;
    private int _remaining;
    private volatile bool _finished;

    private ChunkedOperation(int items, int chunks, bool stream, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback)
    {
        _remaining = chunks;
        _progress = progress is null ? null : new ProgressReporter(progress);
        _callback = callback;
        _errorCallback = errorCallback;
        if (stream)
        {
            _stream = Channel.CreateUnbounded<(int, TResult[])>(new UnboundedChannelOptions { SingleReader = true });
        }
        else
        {
            _results = ChunkCodec.NewArray<TResult>(items);
            _completion = new TaskCompletionSource<TResult[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    internal bool IsFinished => _finished;

    internal AsyncResult<TResult[]> Result => new(_completion!.Task);

    internal ChannelReader<(int Index, TResult[] Values)> Stream => _stream!.Reader;

    internal static ChunkedOperation<TResult> ForMap(int items, int chunks, IProgress<int>? progress, Action<TResult[]>? callback, Action<Exception>? errorCallback) =>
        new(items, chunks, stream: false, progress, callback, errorCallback);

    internal static ChunkedOperation<TResult> ForStream(int chunks) => new(0, chunks, stream: true, null, null, null);

    internal void WatchCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(() => Fail(new OperationCanceledException("The pool operation was cancelled.", cancellationToken)));
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

        _stream?.Writer.TryWrite((index, values));
        _progress?.Add(count);
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            Finish();
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
        _stream?.Writer.TryComplete();
        if (_completion is not null && _completion.TrySetResult(_results!))
        {
            PoolCallbacks.Invoke(_callback, _results!);
        }
    }
}
