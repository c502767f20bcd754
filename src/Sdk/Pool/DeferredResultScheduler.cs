namespace Multiprocessing.Pool;

/// <summary>
/// The scheduler an <see cref="AsyncResult"/> or <see cref="AsyncResult{T}"/> is started on. A <see cref="Task"/> can only
/// be completed from outside through its delegate, so a result task is a delegate task that copies its inner (pool)
/// task's outcome, and this scheduler runs it only once that inner task has finished: it never takes a thread while the
/// pool works, never runs inline in a waiter (a waiter blocks until the pool finishes), and a result is
/// <see cref="TaskStatus.WaitingToRun"/> until then, so <see cref="Task.Start()"/> on it throws as on any started task.
/// </summary>
internal sealed class DeferredResultScheduler : TaskScheduler
{
    internal static readonly DeferredResultScheduler Instance = new();

    private DeferredResultScheduler()
    {
    }

    /// <inheritdoc/>
    protected override void QueueTask(Task task)
    {
        if (task is IDeferredResult deferred)
        {
            deferred.Inner.ContinueWith(
                static (inner, state) => Instance.Release((Task)state!, inner),
                task,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
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

    private void Release(Task result, Task inner)
    {
        if (inner.IsCanceled)
        {
            // The result was started with this token: cancelling it now makes TryExecuteTask end it Canceled.
            ((IDeferredResult)result).Cancellation.Cancel();
        }

        TryExecuteTask(result);
    }
}
