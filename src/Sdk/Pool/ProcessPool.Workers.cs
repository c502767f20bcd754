using Multiprocessing.Diagnostics;
using Multiprocessing.Ipc;
using Multiprocessing.Pool;

namespace Multiprocessing;

public sealed partial class ProcessPool
{
    internal void OnWorkerReady(PoolWorkerProcess worker)
    {
        List<(PoolWorkerProcess, PoolTask)> sends;
        List<PoolWorkerProcess> idle = [];
        lock (_gate)
        {
            worker.Ready = true;
            _readyWorkers = _workers.Where(static w => w.Ready).ToArray();
            sends = DispatchLocked();
            if (State == PoolState.Closed)
            {
                idle = RetireIdleWorkersLocked();
            }
        }

        Send(sends);
        StopAll(idle);
    }

    internal void OnTaskSucceeded(PoolWorkerProcess worker, long id, ReadOnlySpan<byte> result)
    {
        // The result bytes may lie in the worker's ring: they are read before this returns.
        if (Finish(worker, id) is { } task)
        {
            task.Complete(result);
        }
    }

    internal void OnTaskFailed(PoolWorkerProcess worker, long id, Exception error)
    {
        if (Finish(worker, id) is { } task)
        {
            task.Fail(AsCancellation(task, worker, error));
        }
    }

    internal void OnInitializerFailed(PoolWorkerProcess worker, RemoteProcessException error)
    {
        List<PoolTask> unfinished;
        lock (_gate)
        {
            if (State is PoolState.Terminated or PoolState.Broken)
            {
                return;
            }

            _brokenBy = new ProcessException(
                $"The pool's initializer failed in worker '{worker.Name}' (pid {worker.Pid}): {error.RemoteTypeName}: {error.RemoteMessage}. " +
                "No worker can start, so the pool is broken; fix the initializer and create a new pool.", error);
            State = PoolState.Broken;
            unfinished = TakeUnfinishedLocked();
        }

        unfinished.ForEach(t => t.Fail(_brokenBy));
        AbortFeeders(_brokenBy);
    }

    /// <summary>The pool broke: lazy imap sources stop being read, and their operations fail with <paramref name="error"/>.</summary>
    private void AbortFeeders(Exception error)
    {
        ILazyFeeder[] feeders;
        lock (_gate)
        {
            feeders = _feeders.ToArray();
        }

        Array.ForEach(feeders, f => f.Abort(error));
    }

    /// <summary>Takes a task the worker answered off its books and gives the worker more work; the caller completes the task.</summary>
    private PoolTask? Finish(PoolWorkerProcess worker, long id)
    {
        PoolTask? task;
        List<(PoolWorkerProcess, PoolTask)> sends;
        List<PoolWorkerProcess> idle = [];
        lock (_gate)
        {
            worker.InFlight.Remove(id, out task);
            CheckQuietLocked();
            sends = DispatchLocked();
            if (State == PoolState.Closed)
            {
                idle = RetireIdleWorkersLocked();
            }
        }

        // The next tasks go out before this one's result is delivered (outside the lock: continuations and callbacks
        // may submit more work), so the worker is busy again while the result is read.
        Send(sends);
        StopAll(idle);
        return task;
    }

    /// <summary>Reads the results waiting in the workers' rings now, without waiting (those another thread is reading are left to it).</summary>
    internal void DrainReadyResults()
    {
        foreach (var worker in _readyWorkers)
        {
            worker.TryDrain();
        }
    }

    /// <summary>
    /// A caller about to block until <paramref name="isDone"/>: reads every worker's results itself for a few
    /// microseconds first, which catches quick results without any blocking wake-up (see <see cref="PoolWorkerProcess.PollFor"/>).
    /// </summary>
    internal void PollWorkers(Func<bool> isDone)
    {
        if (SpinPolicy.PollTicks == 0 || isDone())
        {
            return;
        }

        var workers = _readyWorkers;

        var pins = new SharedMemoryBlock.MappingPin[workers.Length];
        var polling = new bool[workers.Length];
        try
        {
            for (int i = 0; i < workers.Length; i++)
            {
                polling[i] = workers[i].BeginPolling(out pins[i]);
            }

            long until = System.Diagnostics.Stopwatch.GetTimestamp() + SpinPolicy.PollTicks;
            while (!isDone())
            {
                bool any = false;
                for (int i = 0; i < workers.Length; i++)
                {
                    any |= polling[i] && workers[i].TryDrain();
                }

                if (!any)
                {
                    if (System.Diagnostics.Stopwatch.GetTimestamp() >= until)
                    {
                        return;
                    }

                    Thread.SpinWait(4);
                }
            }
        }
        finally
        {
            bool gaveUp = !isDone();
            for (int i = 0; i < workers.Length; i++)
            {
                if (polling[i])
                {
                    workers[i].EndPolling(pins[i], gaveUp);
                }
            }
        }
    }

    private void OnWorkerExited(PoolWorkerProcess worker)
    {
        // Its results were all read before this runs; its segment goes now, before Join can return.
        var unread = worker.CloseChannel();
        PoolTask[] lost;
        List<PoolTask> unfinished = [];
        Exception? noReplacement = null;
        bool planned;
        List<(PoolWorkerProcess, PoolTask)> sends = [];
        lock (_gate)
        {
            planned = worker.Retiring || State != PoolState.Running;
            _workers.Remove(worker);
            _readyWorkers = _workers.Where(static w => w.Ready).ToArray();
            var held = worker.InFlight.Values.ToArray();
            worker.InFlight.Clear();
            CheckQuietLocked();

            // Tasks still unread in its ring never started: they go back to the front of the queue for another worker.
            // Only the ones it had taken are lost with it.
            bool serving = State is PoolState.Running or PoolState.Closed;
            var again = serving ? held.Where(t => unread.Contains(t.Id)).ToArray() : [];
            lost = held.Except(again).ToArray();
            if (again.Length > 0)
            {
                var queued = _pending.ToArray();
                _pending.Clear();
                foreach (var task in again.OrderBy(static t => t.Id).Concat(queued))
                {
                    _pending.Enqueue(task);
                }
            }

            bool workLeft = _pending.Count > 0 || _workers.Any(w => w.InFlight.Count > 0);
            if (State == PoolState.Running || (State == PoolState.Closed && (workLeft || lost.Length > 0) && _workers.Count < Processes))
            {
                try
                {
                    StartWorkerLocked();
                }
                catch (Exception ex)
                {
                    noReplacement = ex;
                    if (_workers.Count == 0)
                    {
                        // No worker is left to run what is queued, and none can start: the pool is broken, and says why.
                        _brokenBy = new ProcessException(
                            $"Pool worker '{worker.Name}' (pid {worker.Pid}) exited and no replacement could start: {ex.Message} " +
                            "The pool is broken; create a new pool once the cause is fixed.", ex);
                        State = PoolState.Broken;
                        unfinished = TakeUnfinishedLocked();
                    }
                }
            }

            sends = DispatchLocked();
            CheckAllExitedLocked();
        }

        var kind = lost.Length > 0 || !planned ? PoolWorkerEventKind.Crashed : PoolWorkerEventKind.Exited;
        Report(new PoolWorkerEvent(kind, worker.Name, worker.Pid ?? 0, worker.ExitCode, lost.Length));
        if (lost.Length > 0)
        {
            var error = new WorkerCrashedException(worker.Name, worker.Pid ?? 0, worker.ExitCode ?? 0);
            foreach (var task in lost)
            {
                task.Fail(error);
            }
        }

        if (noReplacement is not null)
        {
            MultiprocessingEventSource.Log.WorkerReplacementFailed(worker.Name, noReplacement.Message);
            unfinished.ForEach(t => t.Fail(_brokenBy!));
            if (_brokenBy is not null)
            {
                AbortFeeders(_brokenBy);
            }
        }

        worker.Close();
        Send(sends);
    }

    private void StartWorkerLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "StartWorkerLocked runs under _gate.");
        var worker = new PoolWorkerProcess(this, _settings, MaxTasksPerChild > 0 ? MaxTasksPerChild : int.MaxValue, _output);
        try
        {
            worker.Start();
        }
        catch
        {
            worker.CloseChannel();
            throw;
        }

        _workers.Add(worker);
        Report(new PoolWorkerEvent(PoolWorkerEventKind.Started, worker.Name, worker.Pid ?? 0, null, 0));
        _ = worker.JoinAsync().ContinueWith(_ => OnWorkerExited(worker), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private List<PoolWorkerProcess> RetireIdleWorkersLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "RetireIdleWorkersLocked runs under _gate.");
        var idle = new List<PoolWorkerProcess>();
        if (_pending.Count > 0 || _feeders.Count > 0)
        {
            return idle;
        }

        foreach (var worker in _workers)
        {
            if (worker.Ready && !worker.Retiring && worker.InFlight.Count == 0)
            {
                worker.Retiring = true;
                idle.Add(worker);
            }
        }

        return idle;
    }

    private List<PoolTask> TakeUnfinishedLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "TakeUnfinishedLocked runs under _gate.");
        var unfinished = new List<PoolTask>(_pending);
        _pending.Clear();
        foreach (var worker in _workers)
        {
            unfinished.AddRange(worker.InFlight.Values);
            worker.InFlight.Clear();
        }

        return unfinished;
    }

    private void Report(PoolWorkerEvent workerEvent)
    {
        var log = MultiprocessingEventSource.Log;
        if (log.IsEnabled())
        {
            switch (workerEvent.Kind)
            {
                case PoolWorkerEventKind.Started:
                    log.WorkerStarted(workerEvent.WorkerName, workerEvent.ProcessId);
                    break;
                case PoolWorkerEventKind.Crashed:
                    log.WorkerCrashed(workerEvent.WorkerName, workerEvent.ProcessId, workerEvent.ExitCode ?? 0, workerEvent.TasksLost);
                    break;
                default:
                    log.WorkerExited(workerEvent.WorkerName, workerEvent.ProcessId, workerEvent.ExitCode ?? 0);
                    break;
            }
        }

        PoolCallbacks.Invoke(_events, workerEvent);
    }
}
