// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using Multiprocessing.Pool;

namespace Multiprocessing;

public sealed partial class InProcessPool
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), null, null, null, CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<(T1, T2, T3, T4), TResult>(target, Materialize(items), chunkSize, static chunk => ChunkCodec.Write(chunk.Span), progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize ", concat(" ", @name, " "))]'/>
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync().ToBlockingEnumerable();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync(cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync(cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: true).ReadAsync(cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync(cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync(cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize cancellationToken ", concat(" ", @name, " "))]'/>
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, CancellationToken cancellationToken = default) =>
        StartStream<T, TResult>(target, items, chunkSize, ordered: false).ReadAsync(cancellationToken);
}
