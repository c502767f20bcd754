// Written by eng/gen_overloads.py: edit the script (and src/Sdk/Overloads.xml), not this file.
using Multiprocessing.Pool;

namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool
{
    /// <inheritdoc />
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Map<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, null, null, CancellationToken.None).Get();

    /// <inheritdoc />
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> MapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartMap<T, TResult>(target, items, chunkSize, progress, callback, errorCallback, cancellationToken);

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public TResult[] Starmap<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, null, null, static chunk => ChunkCodec.Write(chunk.Span), CancellationToken.None).Get();

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, TResult> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, Task<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, ValueTask<TResult>> target, IEnumerable<(T1, T2)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, TResult> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, Task<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, TResult> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, Task<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public AsyncResult<TResult[]> StarmapAsync<T1, T2, T3, T4, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T1, T2, T3, T4, ValueTask<TResult>> target, IEnumerable<(T1, T2, T3, T4)> items, int chunkSize = 0, IProgress<int>? progress = null, Action<TResult[]>? callback = null, Action<Exception>? errorCallback = null, CancellationToken cancellationToken = default) =>
        StartStarmap<(T1, T2, T3, T4), TResult>(target, items, chunkSize, progress, callback, errorCallback, static chunk => ChunkCodec.Write(chunk.Span), cancellationToken);

    /// <inheritdoc />
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IEnumerable<TResult> Imap<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IEnumerable<TResult> ImapUnordered<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, CancellationToken.None), CancellationToken.None).ToBlockingEnumerable();

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Ordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, TResult> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, Task<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TResult> ImapUnorderedAsync<T, TResult>([ProcessTargetParameter("items", EachItem = true)] Func<T, ValueTask<TResult>> target, IEnumerable<T> items, int chunkSize = 1, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Unordered(StartStream<T, TResult>(target, items, chunkSize, progress, cancellationToken), cancellationToken);
}
