using System.Diagnostics;

namespace Multiprocessing.Pool;

/// <summary>
/// The scheduler an <see cref="AsyncResult"/> or <see cref="AsyncResult{T}"/> is started on. A <see cref="Task"/> can only
/// be completed from outside through its delegate, so a result task is a delegate task that copies its inner (pool)
/// task's outcome, and this scheduler runs it only once that inner task has finished, on the thread that finished it
/// (the inner promises run their continuations synchronously, and a result's only continuation on its inner task is this
/// one; the result itself runs its own continuations, the caller's, asynchronously). It never takes a thread while the
/// pool works, never runs inline in a waiter (a waiter blocks until the pool finishes), and a result is
/// <see cref="TaskStatus.WaitingToRun"/> until then, so <see cref="Task.Start()"/> on it throws as on any started task.
/// </summary>
internal sealed class DeferredResultScheduler : TaskScheduler
{
    internal static readonly DeferredResultScheduler Instance = new();

    [ThreadStatic]
    private static Task? t_releasing;

    private DeferredResultScheduler()
    {
    }

    /// <summary>Runs a result whose inner task has finished: cancelled first when the inner task was, then its delegate.</summary>
    internal void Release(Task result, Task inner, CancellationTokenSource? cancellation)
    {
        if (inner.IsCanceled)
        {
            // The result was started with this token: cancelling it now makes TryExecuteTask end it Canceled. Only results
            // whose inner task can be cancelled have one (see the callers of the constructors).
            Debug.Assert(cancellation is not null, "a result whose inner task can end cancelled needs a cancellation source");
            cancellation?.Cancel();
        }

        var outer = t_releasing;
        t_releasing = inner;
        try
        {
            TryExecuteTask(result);
        }
        finally
        {
            t_releasing = outer;
        }
    }

    /// <summary>The inner task whose result <see cref="Release"/> is running on this thread: what the result's delegate copies.</summary>
    internal static Task ReleasingInner => t_releasing ?? throw new InvalidOperationException("A pool result runs only when its pool task has finished.");

    /// <inheritdoc/>
    protected override void QueueTask(Task task)
    {
        if (task is IDeferredResult deferred)
        {
            if (deferred.Inner.IsCompleted)
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
