using System.Collections;
using System.Runtime.CompilerServices;

namespace Multiprocessing.Pool;

/// <summary>
/// The blocking form of imap and imap_unordered: hands out the items of each chunk as it arrives (in order, or as they
/// come), waiting only when no chunk is ready. Enumerated once; leaving the loop early drops the chunks not yet sent.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <remarks>
/// Hand-written rather than an iterator method so that the per-item step is optimized from the first call (it runs a
/// million times in a million-item imap, long before tiered compilation would get to it).
/// </remarks>
internal sealed class BlockingResults<TResult> : IEnumerable<TResult>, IEnumerator<TResult>
{
    private readonly ChunkedOperation<TResult> _operation;
    private readonly ProcessPool _pool;
    private readonly Dictionary<int, (TResult[]? Values, Exception? Error)>? _early; // ordered: chunks that came before their turn
    private TResult[] _chunk = [];
    private int _index;
    private int _nextChunk;
    private int _enumerated;
    private bool _ended;

    internal BlockingResults(ChunkedOperation<TResult> operation, ProcessPool pool, bool ordered)
    {
        _operation = operation;
        _pool = pool;
        _early = ordered ? [] : null;
    }

    /// <summary>The current result.</summary>
    public TResult Current { get; private set; } = default!;

    object? IEnumerator.Current => Current;

    /// <summary>Returns this enumerator: the results can be enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The results were enumerated already.</exception>
    public IEnumerator<TResult> GetEnumerator() => Interlocked.Exchange(ref _enumerated, 1) == 0
        ? this
        : throw new InvalidOperationException("The results of an imap can be enumerated once (they are consumed as they arrive); call Imap again for another pass.");

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Moves to the next result, waiting for a chunk when none is ready.</summary>
    /// <returns>False at the end.</returns>
    /// <exception cref="RemoteProcessException">The target threw for some item.</exception>
    /// <exception cref="WorkerCrashedException">A worker died while it held a chunk.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        int next = _index;
        var chunk = _chunk;
        if ((uint)next < (uint)chunk.Length)
        {
            Current = chunk[next];
            _index = next + 1;
            return true;
        }

        return MoveToNextChunk();
    }

    private bool MoveToNextChunk()
    {
        while (!_ended)
        {
            if (TakeChunk())
            {
                if (_chunk.Length > 0)
                {
                    Current = _chunk[0];
                    _index = 1;
                    return true;
                }

                continue;
            }

            if (!ProcessPool.WaitForChunk(_operation, _pool))
            {
                _ended = true;
            }
        }

        _chunk = [];
        return false;
    }

    private bool TakeChunk()
    {
        var stream = _operation.Stream;
        if (_early is null)
        {
            if (stream.TryRead(out var chunk))
            {
                _operation.ChunkTaken?.Invoke();
                _chunk = ChunkResults.ValuesOrThrow(chunk.Values, chunk.Error);
                return true;
            }

            return false;
        }

        while (stream.TryRead(out var chunk))
        {
            _early[chunk.Index] = (chunk.Values, chunk.Error);
        }

        if (_early.Remove(_nextChunk, out var ready))
        {
            _operation.ChunkTaken?.Invoke(); // counted when its turn comes, not when it arrives early
            _nextChunk++;
            _chunk = ChunkResults.ValuesOrThrow(ready.Values, ready.Error);
            return true;
        }

        return false;
    }

    /// <summary>Not supported: the results are consumed as they arrive.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public void Reset() => throw new NotSupportedException("The results of an imap are consumed as they arrive; call Imap again for another pass.");

    /// <summary>Stops the operation if it has not ended: the chunks not yet sent are dropped.</summary>
    public void Dispose() => _operation.Fail(new OperationCanceledException("The imap consumer stopped reading."));
}
