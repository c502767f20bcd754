using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A FIFO queue held by a manager server (Python's <c>manager.Queue(maxsize)</c>): any process with the proxy, local
/// or remote, can put and get. Blocking calls wait on the server; a client that goes away while it waits takes no
/// item with it.
/// </summary>
/// <typeparam name="T">The item type (marshallable).</typeparam>
public sealed class ManagedQueue<T> : ManagerProxy, IProcessHandle<ManagedQueue<T>>
{
    internal ManagedQueue(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>The number of items at this moment (Python's <c>qsize()</c>).</summary>
    public int Count
    {
        get
        {
            Begin(ManagerOp.QueueCount);
            return BitConverter.ToInt32(Call());
        }
    }

    /// <summary>Whether the queue is empty at this moment.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Puts an item, waiting while a bounded queue is full.</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait for room; null waits forever.</param>
    /// <exception cref="QueueFullException">The timeout passed with the queue still full.</exception>
    public void Put(T item, TimeSpan? timeout = null) => PutCore(item, block: true, timeout);

    /// <summary>Puts an item without waiting (Python's <c>put_nowait</c>).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="QueueFullException">A bounded queue is full.</exception>
    public void PutNowait(T item) => PutCore(item, block: false, null);

    /// <summary>Takes the oldest item, waiting while the queue is empty.</summary>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>The item.</returns>
    /// <exception cref="QueueEmptyException">The timeout passed with the queue still empty.</exception>
    public T Get(TimeSpan? timeout = null) => GetCore(block: true, timeout);

    /// <summary>Takes the oldest item without waiting (Python's <c>get_nowait</c>).</summary>
    /// <returns>The item.</returns>
    /// <exception cref="QueueEmptyException">The queue is empty.</exception>
    public T GetNowait() => GetCore(block: false, null);

    /// <summary>Takes the oldest item, waiting up to <paramref name="timeout"/>; returns false instead of throwing when none came.</summary>
    /// <param name="item">The item, when one came.</param>
    /// <param name="timeout">How long to wait (<see cref="TimeSpan.Zero"/>: do not wait).</param>
    /// <returns>Whether an item was taken.</returns>
    public bool TryGet([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item, TimeSpan timeout = default)
    {
        try
        {
            item = GetCore(block: timeout != TimeSpan.Zero, timeout);
            return true;
        }
        catch (QueueEmptyException)
        {
            item = default;
            return false;
        }
    }

    /// <summary>Takes the oldest item without blocking a thread of the caller's: the wait runs on the thread pool, in slices, so that <paramref name="cancellationToken"/> can stop it.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The item.</returns>
    public Task<T> GetAsync(CancellationToken cancellationToken = default) => Task.Run(() =>
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryGet(out var item, TimeSpan.FromMilliseconds(100)))
            {
                return item;
            }
        }
    }, cancellationToken);

    private void PutCore(T item, bool block, TimeSpan? timeout)
    {
        var writer = Begin(ManagerOp.QueuePut);
        WriteTimeout(writer, block, timeout);
        Marshaller<T>.Default.Write(writer, item);
        Call();
    }

    private T GetCore(bool block, TimeSpan? timeout)
    {
        WriteTimeout(Begin(ManagerOp.QueueGet), block, timeout);
        return ReadValue<T>(Call(), "a queue item");
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedQueue<T>>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedQueue<T>>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedQueue<T> IProcessHandle<ManagedQueue<T>>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
