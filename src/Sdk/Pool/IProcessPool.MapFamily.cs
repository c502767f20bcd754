// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
namespace Multiprocessing;

public partial interface IProcessPool
{
    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="ProcessPool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="ProcessPool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Map" or @name="ProcessPool.Map" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="ProcessPool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="ProcessPool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.MapAsync" or @name="ProcessPool.MapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Starmap" or @name="ProcessPool.Starmap" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.StarmapAsync" or @name="ProcessPool.StarmapAsync" or @name="types"]/*[not(@name) or contains(" T1 T2 T3 T4 TResult target items chunkSize progress callback errorCallback cancellationToken ", concat(" ", @name, " "))]'/>
    AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="ProcessPool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="ProcessPool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.Imap" or @name="ProcessPool.Imap" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="ProcessPool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="ProcessPool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnordered" or @name="ProcessPool.ImapUnordered" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress ", concat(" ", @name, " "))]'/>
    IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="ProcessPool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="ProcessPool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapAsync" or @name="ProcessPool.ImapAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="ProcessPool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="ProcessPool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <include file='../Overloads.xml' path='overloads/family[@name="Pool.ImapUnorderedAsync" or @name="ProcessPool.ImapUnorderedAsync" or @name="types"]/*[not(@name) or contains(" T TResult target items chunkSize progress cancellationToken ", concat(" ", @name, " "))]'/>
    IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}
