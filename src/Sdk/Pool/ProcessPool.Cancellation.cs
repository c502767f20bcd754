using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>Cancellation of running tasks: the token a target's <see cref="CancellationToken"/> parameter receives.</summary>
public sealed partial class ProcessPool
{
    private readonly TimeSpan _cancellationGrace;
    private TaskCompletionSource? _quiet; // completed when no worker holds a task (guarded by _gate)

    /// <summary>
    /// Cancels the tokens of every running task (a target's <see cref="CancellationToken"/> parameter), gives the
    /// targets <paramref name="gracePeriod"/> to return, then terminates the pool as <see cref="Terminate()"/> does.
    /// Tasks not started yet do not start; their results fail with <see cref="OperationCanceledException"/>, as do
    /// those of targets that honoured their token.
    /// </summary>
    /// <param name="gracePeriod">How long the running targets may take to return; <see cref="TimeSpan.Zero"/> cancels and terminates at once.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gracePeriod"/> is negative or infinite.</exception>
    public void Terminate(TimeSpan gracePeriod) => TerminateAsync(gracePeriod).GetAwaiter().GetResult();

    /// <summary>The asynchronous form of <see cref="Terminate(TimeSpan)"/>: waits for the grace period without blocking a thread.</summary>
    /// <param name="gracePeriod">How long the running targets may take to return.</param>
    /// <returns>A task that completes once the pool is terminated (its workers signalled; <see cref="JoinAsync"/> waits for them).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gracePeriod"/> is negative or infinite.</exception>
    public async Task TerminateAsync(TimeSpan gracePeriod)
    {
        if (gracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(gracePeriod), gracePeriod, "Give a non-negative grace period: the time the running targets get to honour their cancelled token before the workers are terminated.");
        }

        PoolWorkerProcess[] workers;
        Task quiet;
        lock (_gate)
        {
            if (State == PoolState.Terminated)
            {
                return;
            }

            _cancellingAll = true;
            workers = _workers.ToArray();
            quiet = QuietLocked();
        }

        foreach (var worker in workers)
        {
            worker.CancelTask(WorkerCancellation.AllTasks);
        }

        if (gracePeriod > TimeSpan.Zero)
        {
            await Task.WhenAny(quiet, Task.Delay(gracePeriod)).ConfigureAwait(false);
        }

        Terminate();
    }

    private bool _cancellingAll; // guarded by _gate

    /// <summary>
    /// A task's caller cancelled it after it was sent: the worker's watchdog cancels the target's token. A worker still
    /// holding the task after the grace period (its target ignores the token) is killed and replaced.
    /// </summary>
    internal void CancelSent(PoolTask task)
    {
        PoolWorkerProcess? worker;
        lock (_gate)
        {
            worker = task.Worker;
            if (worker is null || !worker.InFlight.TryGetValue(task.Id, out var held) || !ReferenceEquals(held, task))
            {
                return; // not sent (it is dropped), or already answered
            }

            task.CancelRequested = true;
        }

        worker.CancelTask(task.Id);
        if (_cancellationGrace == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        _ = Task.Delay(_cancellationGrace).ContinueWith(
            _ =>
            {
                bool stuck;
                lock (_gate)
                {
                    stuck = worker.InFlight.TryGetValue(task.Id, out var held) && ReferenceEquals(held, task);
                }

                if (stuck && worker.IsAlive)
                {
                    Diagnostics.MultiprocessingEventSource.Log.CancelledTaskOverran(worker.Name, worker.Pid ?? 0, task.Target.Id, _cancellationGrace.TotalSeconds);
                    worker.Kill();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>A worker's error for a task whose cancellation was asked for is the cancellation, not a failure.</summary>
    private Exception AsCancellation(PoolTask task, PoolWorkerProcess worker, Exception error)
    {
        bool asked;
        lock (_gate)
        {
            asked = task.CancelRequested || _cancellingAll;
        }

        return asked && error is RemoteProcessException remote && remote.Is<OperationCanceledException>()
            ? new OperationCanceledException($"The pool task {task.Target.Id} was cancelled in worker '{worker.Name}' (pid {worker.Pid}).", remote)
            : error;
    }

    private Task QuietLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "QuietLocked runs under _gate.");
        if (!_workers.Any(static w => w.InFlight.Count > 0))
        {
            return Task.CompletedTask;
        }

        _quiet ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _quiet.Task;
    }

    private void CheckQuietLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "CheckQuietLocked runs under _gate.");
        if (_quiet is not null && !_workers.Any(static w => w.InFlight.Count > 0))
        {
            _quiet.TrySetResult();
            _quiet = null;
        }
    }
}
