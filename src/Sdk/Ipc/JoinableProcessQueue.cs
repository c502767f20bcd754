using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A <see cref="ProcessQueue{T}"/> that also counts unfinished tasks (Python's <c>multiprocessing.JoinableQueue</c>):
/// every item put is a task; a consumer calls <see cref="TaskDone"/> when it has handled one, and <see cref="Join()"/>
/// waits until all of them were.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class JoinableProcessQueue<T> : ProcessQueue<T>, IProcessHandle<JoinableProcessQueue<T>>
{
    private JoinableProcessQueue(QueueChannel<T> channel)
        : base(channel)
    {
    }

    /// <summary>The number of items put and not yet marked done.</summary>
    public int UnfinishedTasks => Channel.Ring.Unfinished;

    /// <summary>Creates a joinable queue, owned (as shared memory) by this process.</summary>
    /// <param name="maxSize">The most items it holds (Python's <c>maxsize</c>); 0: no limit but the buffer.</param>
    /// <param name="bufferSize">The buffer's size in bytes (rounded up to a power of two, at least 4 KiB).</param>
    /// <returns>The queue, empty.</returns>
    public static new JoinableProcessQueue<T> Create(int maxSize = 0, int bufferSize = DefaultBufferSize) =>
        new(QueueChannel<T>.Create(nameof(JoinableProcessQueue<T>), maxSize, bufferSize, SharedRing.FlagJoinable));

    /// <summary>Opens the joinable queue named <paramref name="name"/>.</summary>
    /// <param name="name">The queue's name.</param>
    /// <returns>The queue.</returns>
    public static new JoinableProcessQueue<T> Attach(string name) =>
        new(QueueChannel<T>.Attach(nameof(JoinableProcessQueue<T>), name, SharedRing.FlagJoinable));

    /// <summary>Marks one item taken with Get as handled (Python's <c>task_done()</c>).</summary>
    /// <exception cref="InvalidOperationException">Called more times than there were items (Python's ValueError).</exception>
    public void TaskDone()
    {
        using var pin = Channel.Pin();
        if (!Channel.Ring.TaskDone())
        {
            throw new InvalidOperationException($"TaskDone() was called more times than items were put in queue '{Name}'.");
        }
    }

    /// <summary>Waits until every item put has been marked done (Python's <c>join()</c>).</summary>
    public void Join() => Join(null);

    /// <summary>Waits until every item put has been marked done, or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    public void Join(CancellationToken cancellationToken) => Join(null, cancellationToken);

    /// <summary>Waits at most <paramref name="timeout"/> until every item put has been marked done.</summary>
    /// <param name="timeout">How long to wait; null waits as long as it takes.</param>
    /// <returns>Whether all items were done in time.</returns>
    public bool Join(TimeSpan? timeout) => Join(timeout, CancellationToken.None);

    /// <summary>Waits at most <paramref name="timeout"/> until every item put has been marked done, or the token is cancelled.</summary>
    /// <param name="timeout">How long to wait; null waits as long as it takes.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether all items were done in time.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    public bool Join(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var pin = Channel.Pin();
        using var registration = Channel.Ring.WakeOnCancel(cancellationToken);
        return Channel.Ring.JoinTasks(SpinPolicy.Deadline(timeout), cancellationToken);
    }

    /// <summary>
    /// Waits until every item put has been marked done, without blocking the caller's thread (nor holding one: the
    /// process's waiter thread sleeps on the count).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when all items are done.</returns>
    public Task JoinAsync(CancellationToken cancellationToken = default) =>
        UnfinishedTasks == 0 ? Task.CompletedTask : Channel.JoinAsync(cancellationToken).AsTask();

    /// <inheritdoc />
    static JoinableProcessQueue<T> IProcessHandle<JoinableProcessQueue<T>>.Attach(string name, ref MarshalReader data) => Attach(name);
}
