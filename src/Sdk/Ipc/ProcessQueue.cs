using System.Runtime.CompilerServices;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A first-in, first-out queue shared by processes (Python's <c>multiprocessing.Queue</c>), typed: any number of
/// producers and consumers, in any processes, put and get <typeparamref name="T"/> items. Pass it to a
/// <see cref="ProcessTargetAttribute"/> method; the child uses the same queue.
/// </summary>
/// <remarks>
/// <para>The items live in a ring buffer in shared memory (<see cref="BufferSize"/> bytes; an item larger than the
/// buffer is streamed through it to a consumer). <see cref="Put(T, bool, TimeSpan?, CancellationToken)"/> copies the item in and returns: there is no feeder
/// thread, so a producer never hangs at exit on items nobody took (CPython's <c>join_thread</c> trap), and nothing put
/// is lost when the producer exits. When the buffer is full, or <see cref="MaxSize"/> items are waiting, <c>Put</c>
/// blocks until a consumer makes room.</para>
/// <para>A consumer that dies before taking an item out leaves it for the others; one killed while streaming in a large
/// item makes the next consumer skip the rest of that item. The creating process owns the memory: keep the queue until
/// the other processes are done with it (they attach when they start).</para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public class ProcessQueue<T> : IDisposable, IProcessHandle<ProcessQueue<T>>
{
    /// <summary>The default size of a queue's buffer: 1 MiB.</summary>
    public const int DefaultBufferSize = 1 << 20;

    private Task? _completion;

    private protected ProcessQueue(QueueChannel<T> channel) => Channel = channel;

    /// <summary>The name of the queue's shared memory, for <see cref="Attach"/>.</summary>
    public string Name => Channel.Name;

    /// <summary>The most items the queue holds (Python's <c>maxsize</c>); 0: no limit but the buffer.</summary>
    public int MaxSize => Channel.Ring.MaxItems;

    /// <summary>The size of the queue's buffer in bytes.</summary>
    public int BufferSize => Channel.Ring.Capacity;

    /// <summary>The number of items in the queue (Python's <c>qsize()</c>; approximate while others put and get).</summary>
    public int Count => Channel.Ring.Count;

    /// <summary>Whether the queue is empty (Python's <c>empty()</c>; approximate while others put and get).</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Whether the queue holds <see cref="MaxSize"/> items (Python's <c>full()</c>); always false without a limit.</summary>
    public bool IsFull => MaxSize > 0 && Count >= MaxSize;

    private protected QueueChannel<T> Channel { get; }

    /// <summary>Creates a queue, owned (as shared memory) by this process.</summary>
    /// <param name="maxSize">The most items it holds (Python's <c>maxsize</c>); 0: no limit but the buffer.</param>
    /// <param name="bufferSize">The buffer's size in bytes (rounded up to a power of two, at least 4 KiB).</param>
    /// <returns>The queue, empty.</returns>
    public static ProcessQueue<T> Create(int maxSize = 0, int bufferSize = DefaultBufferSize) =>
        new(QueueChannel<T>.Create(nameof(ProcessQueue<T>), maxSize, bufferSize, 0));

    /// <summary>Opens the queue named <paramref name="name"/> (from <see cref="Name"/>).</summary>
    /// <param name="name">The queue's name.</param>
    /// <returns>The queue.</returns>
    public static ProcessQueue<T> Attach(string name) => new(QueueChannel<T>.Attach(nameof(ProcessQueue<T>), name, 0));

    /// <summary>Puts an item in the queue (Python's <c>put(item, block, timeout)</c>).</summary>
    /// <param name="item">The item.</param>
    /// <param name="block">False: fail at once when there is no room.</param>
    /// <param name="timeout">How long to wait for room; null waits as long as it takes.</param>
    /// <param name="cancellationToken">Stops waiting for room (the item is not put then).</param>
    /// <exception cref="QueueFullException">There was no room in time; the item was not put.</exception>
    /// <exception cref="QueueCompletedException">The queue was completed (<see cref="Complete"/>); the item was not put.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before there was room.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public void Put(T item, bool block = true, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (!TryPut(item, block ? timeout : TimeSpan.Zero, cancellationToken))
        {
            throw new QueueFullException($"Queue '{Name}' is full ({Count} items waiting{(MaxSize > 0 ? $", at most {MaxSize}" : $", {BufferSize} bytes of buffer")}); the item was not put.");
        }
    }

    /// <summary>Puts an item in the queue, waiting for room as long as it takes or until the token is cancelled.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Stops waiting for room (the item is not put then).</param>
    /// <exception cref="QueueCompletedException">The queue was completed; the item was not put.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before there was room.</exception>
    public void Put(T item, CancellationToken cancellationToken) => Put(item, true, null, cancellationToken);

    /// <summary>Puts an item if there is room now (Python's <c>put_nowait</c>).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="QueueFullException">There was no room; the item was not put.</exception>
    public void PutNowait(T item) => Put(item, block: false);

    /// <summary>Puts an item, waiting at most <paramref name="timeout"/> for room.</summary>
    /// <param name="item">The item.</param>
    /// <param name="timeout">How long to wait; null waits as long as it takes, zero not at all.</param>
    /// <param name="cancellationToken">Stops waiting for room (the item is not put then).</param>
    /// <returns>Whether the item was put.</returns>
    /// <exception cref="QueueCompletedException">The queue was completed; the item was not put.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before there was room.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public bool TryPut(T item, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Channel.Put(item, Deadline(timeout), cancellationToken) switch
        {
            RingStatus.Ok => true,
            RingStatus.TimedOut => false,
            var status => throw Failure(status, cancellationToken),
        };

    /// <summary>Takes the next item out of the queue (Python's <c>get(block, timeout)</c>).</summary>
    /// <param name="block">False: fail at once when the queue is empty.</param>
    /// <param name="timeout">How long to wait for an item; null waits as long as it takes.</param>
    /// <param name="cancellationToken">Stops waiting (nothing is taken out then).</param>
    /// <returns>The item.</returns>
    /// <exception cref="QueueEmptyException">No item came in time.</exception>
    /// <exception cref="QueueCompletedException">The queue was completed and no item is left; or it is empty and every
    /// process that put into it died (killed, or crashed) without completing or closing it, so nothing can come.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before an item came.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public T Get(bool block = true, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var status = Channel.TryGet(out var item, Deadline(block ? timeout : TimeSpan.Zero), cancellationToken);
        return status switch
        {
            RingStatus.Ok => item,
            RingStatus.TimedOut => throw new QueueEmptyException($"Queue '{Name}' is empty{(block ? $" after waiting {timeout}" : string.Empty)}."),
            _ => throw Failure(status, cancellationToken),
        };
    }

    /// <summary>Takes the next item, waiting as long as it takes or until the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting (nothing is taken out then).</param>
    /// <returns>The item.</returns>
    /// <exception cref="QueueCompletedException">The queue was completed and no item is left.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before an item came.</exception>
    public T Get(CancellationToken cancellationToken) => Get(true, null, cancellationToken);

    /// <summary>Takes the next item if there is one now (Python's <c>get_nowait</c>).</summary>
    /// <returns>The item.</returns>
    /// <exception cref="QueueEmptyException">The queue was empty.</exception>
    public T GetNowait() => Get(block: false);

    /// <summary>Takes the next item, waiting at most <paramref name="timeout"/> for one.</summary>
    /// <param name="item">The item, when there was one.</param>
    /// <param name="timeout">How long to wait; null waits as long as it takes, zero not at all.</param>
    /// <param name="cancellationToken">Stops waiting (nothing is taken out then).</param>
    /// <returns>Whether an item was taken: false when the time ran out, or the queue is empty and was completed (or
    /// every process that put into it died).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled before an item came.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimized at once, not after tiering (a child lives briefly)
    public bool TryGet(out T item, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Channel.TryGet(out item, Deadline(timeout), cancellationToken) switch
        {
            RingStatus.Ok => true,
            RingStatus.TimedOut or RingStatus.Completed or RingStatus.ProducersGone => false,
            var status => throw Failure(status, cancellationToken),
        };

    /// <summary>
    /// Takes the next item, waiting without blocking the caller's thread (no thread is held for the wait either: one
    /// waiter thread of the process sleeps on many queues at once).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (nothing is taken out then).</param>
    /// <returns>The item.</returns>
    /// <exception cref="OperationCanceledException">The token was canceled before an item came.</exception>
    /// <exception cref="QueueCompletedException">The queue was completed and no item is left.</exception>
    public Task<T> GetAsync(CancellationToken cancellationToken = default) => Channel.GetAsync(cancellationToken).AsTask();

    /// <summary>Puts an item, waiting for room without blocking the caller's thread.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Stops waiting (the item is not put then).</param>
    /// <returns>A task that completes when the item is in the queue.</returns>
    /// <exception cref="OperationCanceledException">The token was canceled before there was room.</exception>
    /// <exception cref="QueueCompletedException">The queue was completed; the item was not put.</exception>
    public Task PutAsync(T item, CancellationToken cancellationToken = default) => Channel.PutAsync(item, cancellationToken).AsTask();

    /// <summary>Whether the queue was completed (<see cref="Complete"/>, by any process).</summary>
    public bool IsCompleted => Channel.Ring.IsCompleted;

    /// <summary>
    /// Marks the queue complete, for every process (System.Threading.Channels' <c>Writer.Complete</c>): no more items
    /// may be put (a <c>Put</c> throws <see cref="QueueCompletedException"/>); consumers take what is left, then
    /// <c>Get</c> throws <see cref="QueueCompletedException"/>, <c>TryGet</c> returns false and
    /// <see cref="ReadAllAsync"/> ends. Use it instead of poison pills to tell any number of consumers the work is over.
    /// </summary>
    /// <param name="error">The error the producers stopped with, if any: consumers then get it (its type and message).</param>
    /// <exception cref="InvalidOperationException">The queue was completed already.</exception>
    public void Complete(Exception? error = null)
    {
        if (!TryComplete(error))
        {
            throw new InvalidOperationException($"Queue '{Name}' was completed already.");
        }
    }

    /// <summary>Marks the queue complete, unless it was already; see <see cref="Complete"/>.</summary>
    /// <param name="error">The error the producers stopped with, if any.</param>
    /// <returns>False when the queue was completed already.</returns>
    public bool TryComplete(Exception? error = null) => Channel.Complete(error);

    /// <summary>
    /// A task that ends when the queue was completed and its last item was taken (in any process); it fails with
    /// <see cref="QueueCompletedException"/> when the queue was completed with an error. Waiting for it holds no thread.
    /// </summary>
    public Task Completion
    {
        get
        {
            lock (Channel)
            {
                return _completion ??= CompletionCore(); // one wait per handle, however often it is read
            }
        }
    }

    /// <summary>
    /// Takes items as they come until the queue is completed and empty (System.Threading.Channels'
    /// <c>ReadAllAsync</c>); each item goes to exactly one consumer, whichever process it is in.
    /// </summary>
    /// <param name="cancellationToken">Stops the enumeration (no item is taken out by the cancelled wait).</param>
    /// <returns>The items.</returns>
    /// <exception cref="QueueCompletedException">The queue was completed with an error.</exception>
    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            T item;
            try
            {
                item = await Channel.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (QueueCompletedException) when (Channel.Ring.IsCompleted && Channel.Ring.CompletionError is null)
            {
                yield break;
            }

            yield return item;
        }
    }
    /// <summary>
    /// Closes this process's handle (Python's <c>close()</c>): it can no longer put or get; the items stay for the other
    /// processes. The creating process also removes the shared memory, so others can no longer attach.
    /// </summary>
    public void Close() => Channel.Close();

    /// <summary>Same as <see cref="Close"/>.</summary>
    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Split('`')[0]}<{typeof(T).Name}>('{Name}', {Count} items)";

    private static long Deadline(TimeSpan? timeout) => timeout == TimeSpan.Zero ? 0 : SpinPolicy.Deadline(timeout);

    private Exception Failure(RingStatus status, CancellationToken cancellationToken) =>
        status == RingStatus.Canceled ? new OperationCanceledException(cancellationToken) : Channel.ExceptionFor(status);

    private async Task CompletionCore()
    {
        await Channel.CompletionAsync(CancellationToken.None).ConfigureAwait(false);
        if (Channel.Ring.CompletionError is not null)
        {
            throw Channel.CompletedException();
        }
    }

    /// <inheritdoc />
    static ProcessQueue<T> IProcessHandle<ProcessQueue<T>>.Attach(string name, ref MarshalReader data) => Attach(name);
}
