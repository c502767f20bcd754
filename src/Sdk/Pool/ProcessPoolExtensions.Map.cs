// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using Multiprocessing.Pool;

namespace Multiprocessing;

public static partial class ProcessPoolExtensions
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Map<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Map<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Map<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None, blocking: true).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> MapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken, blocking: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> MapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken, blocking: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> MapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken, blocking: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static TResult[] Starmap<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    public static AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> Imap<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: true);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> Imap<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: true);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> Imap<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: true);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> ImapUnordered<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> ImapUnordered<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress ", concat(" ", @name, " "))]'/>
    public static IEnumerable<TResult> ImapUnordered<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Calls(pool).StartImap<T, TResult>(target, items, chunkSize, progress, ordered: false);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    public static IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>(this IProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Calls(pool).StartImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Map.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult[] Map<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, null, null, cancellationToken, blocking: true).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Map.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static TResult[] Map<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, null, null, cancellationToken, blocking: true).Get();

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.MapAsync.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult[]> MapAsync<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.MapAsync.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static AsyncResult<TResult[]> MapAsync<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Imap.Token.Items" or @name="Pool.Imap.Token.Blocking" or @name="Pool.Imap.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static IEnumerable<TResult> Imap<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableImap<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Imap.Token.Items" or @name="Pool.Imap.Token.Blocking" or @name="Pool.ImapUnordered.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static IEnumerable<TResult> ImapUnordered<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableImap<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Imap.Token.Items" or @name="Pool.Imap.Token.Async" or @name="Pool.ImapAsync.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static IAsyncEnumerable<TResult> ImapAsync<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: true, cancellationToken);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Token" or @name="Pool.Imap.Token.Items" or @name="Pool.Imap.Token.Async" or @name="Pool.ImapUnorderedAsync.Token" or @name="types"]/*[not(@name) or contains(" T TResult pool target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(-1)]
    public static IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>(this ProcessPool pool, [ProcessTargetParameter("items", EachItem = true)] Func<T, CancellationToken, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        pool.StartCancellableImapAsync<T, TResult>(target, items, chunkSize, progress, ordered: false, cancellationToken);
}
