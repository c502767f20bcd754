namespace Multiprocessing.Pool;

/// <summary>
/// The scheduler an <see cref="AsyncResult"/> or <see cref="AsyncResult{T}"/> is started on. A <see cref="Task"/> can only
/// be completed from outside through its delegate, so a result task is a delegate task that returns an outcome set
/// before it runs, and it runs only once it has one, on the thread that set it: an apply's result is its own promise
/// (<see cref="IPoolPromise{T}"/>) that the pool ends directly; a map's copies its inner task's outcome from a
/// continuation (the inner promises run their continuations synchronously, and this is their only one). The result
/// itself runs its own continuations, the caller's, asynchronously. It never takes a thread while the
/// pool works, never runs inline in a waiter (a waiter blocks until the pool finishes), and a result is
/// <see cref="TaskStatus.WaitingToRun"/> until then, so <see cref="Task.Start()"/> on it throws as on any started task.
/// </summary>
internal sealed class DeferredResultScheduler : TaskScheduler
{
    internal static readonly DeferredResultScheduler Instance = new();

    [ThreadStatic]
    private static Task? t_running;

    private DeferredResultScheduler()
    {
    }

    /// <summary>The result <see cref="Run"/> is running on this thread: whose outcome its delegate returns.</summary>
    internal static Task Running => t_running ?? throw new InvalidOperationException("A pool result runs only when it has an outcome.");

    /// <summary>Runs a result whose outcome is known (its inner task has finished, or the pool set it), on this thread.</summary>
    internal void Run(Task result)
    {
        var outer = t_running;
        t_running = result;
        try
        {
            TryExecuteTask(result);
        }
        finally
        {
            t_running = outer;
        }
    }

    /// <inheritdoc/>
    protected override void QueueTask(Task task)
    {
        if (task is IDeferredResult deferred)
        {
            if (deferred.Inner is null)
            {
                // Its own promise: the pool runs it when it sets the outcome.
            }
            else if (deferred.Inner.IsCompleted)
            {
                // An awaiter's continuation on a finished task would be queued to the thread pool: end it here instead.
                deferred.Release();
            }
            else
            {
                deferred.Inner.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(deferred.Release);
            }
        }
        else
        {
            // Not ours: a task started from code that ran while a result completed (TaskScheduler.Current). Run it as
            // the default scheduler would.
            ThreadPool.UnsafeQueueUserWorkItem(static t => Instance.TryExecuteTask(t), task, preferLocal: false);
        }
    }

    /// <inheritdoc/>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        task is not IDeferredResult && TryExecuteTask(task);

    /// <inheritdoc/>
    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
