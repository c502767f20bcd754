using System.Runtime.CompilerServices;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A plain queue shared by processes (Python's <c>multiprocessing.SimpleQueue</c>): Put, Get, IsEmpty, Close. It has the
/// same engine as <see cref="ProcessQueue{T}"/> (shared memory, no feeder thread), without size limits or timeouts.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SimpleProcessQueue<T> : IDisposable, IProcessHandle<SimpleProcessQueue<T>>
{
    private readonly QueueChannel<T> _channel;

    private SimpleProcessQueue(QueueChannel<T> channel) => _channel = channel;

    /// <summary>The name of the queue's shared memory, for <see cref="Attach"/>.</summary>
    public string Name => _channel.Name;

    /// <summary>Whether the queue is empty (Python's <c>empty()</c>).</summary>
    public bool IsEmpty => _channel.Ring.Count == 0;

    /// <summary>Creates a queue, owned (as shared memory) by this process.</summary>
    /// <param name="bufferSize">The buffer's size in bytes (rounded up to a power of two, at least 4 KiB).</param>
    /// <returns>The queue, empty.</returns>
    public static SimpleProcessQueue<T> Create(int bufferSize = ProcessQueue<T>.DefaultBufferSize) =>
        new(QueueChannel<T>.Create(nameof(SimpleProcessQueue<T>), 0, bufferSize, 0));

    /// <summary>Opens the queue named <paramref name="name"/>.</summary>
    /// <param name="name">The queue's name.</param>
    /// <returns>The queue.</returns>
    public static SimpleProcessQueue<T> Attach(string name) => new(QueueChannel<T>.Attach(nameof(SimpleProcessQueue<T>), name, 0));

    /// <summary>Puts an item (Python's <c>put(item)</c>); waits while the buffer is full.</summary>
    /// <param name="item">The item.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public void Put(T item) => Put(item, CancellationToken.None);

    /// <summary>Puts an item; waits while the buffer is full, until the token is cancelled.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Stops waiting for room (the item is not put then).</param>
    /// <exception cref="OperationCanceledException">The token was cancelled before there was room.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public void Put(T item, CancellationToken cancellationToken)
    {
        var status = _channel.Put(item, long.MaxValue, cancellationToken);
        if (status != RingStatus.Ok)
        {
            throw status == RingStatus.Canceled ? new OperationCanceledException(cancellationToken) : _channel.ExceptionFor(status);
        }
    }

    /// <summary>Takes the next item, waiting as long as it takes (Python's <c>get()</c>).</summary>
    /// <returns>The item.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public T Get() => Get(CancellationToken.None);

    /// <summary>Takes the next item, waiting until one comes or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting (nothing is taken out then).</param>
    /// <returns>The item.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before an item came.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public T Get(CancellationToken cancellationToken)
    {
        var status = _channel.TryGet(out var item, long.MaxValue, cancellationToken);
        return status == RingStatus.Ok
            ? item
            : throw (status == RingStatus.Canceled ? new OperationCanceledException(cancellationToken) : _channel.ExceptionFor(status));
    }

    /// <summary>Takes the next item, waiting without blocking the caller's thread (nor holding one).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The item.</returns>
    public Task<T> GetAsync(CancellationToken cancellationToken = default) => _channel.GetAsync(cancellationToken).AsTask();

    /// <summary>Closes this process's handle (Python's <c>close()</c>); the creating process also removes the shared memory.</summary>
    public void Close() => _channel.Close();

    /// <summary>Same as <see cref="Close"/>.</summary>
    public void Dispose() => Close();

    /// <inheritdoc />
    static SimpleProcessQueue<T> IProcessHandle<SimpleProcessQueue<T>>.Attach(string name, ref MarshalReader data) => Attach(name);
}
