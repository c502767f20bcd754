using Multiprocessing.Marshalling;
using Multiprocessing.Pool;

namespace Multiprocessing;

public sealed partial class ProcessPool : IPoolTaskQueue
{
    AsyncResult<TResult> IPoolCalls.SubmitApply<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        PoolApply.Submit(this, target, writeArguments, callback, errorCallback, cancellationToken);

    AsyncResult IPoolCalls.SubmitApply(Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        PoolApply.Submit(this, target, writeArguments, callback, errorCallback, cancellationToken);

    int IMapPool.MapWorkers => Processes;

    int IPoolTaskQueue.LazyWindow => 4 * Processes;

    // The caller's token acts through the task itself (an apply) or its operation (a map): nothing to pass on here.
    void IPoolTaskQueue.Submit(IReadOnlyList<PoolTask> tasks, CancellationToken cancellationToken) => Submit(tasks);

    /// <summary>
    /// Submits a chunk read from a lazy imap source. The imap started while the pool ran, so it goes on after
    /// <see cref="Close"/> (as CPython's task handler finishes an imap's iterable); only a terminated or broken pool refuses it.
    /// </summary>
    void IPoolTaskQueue.SubmitFromFeeder(PoolTask task, CancellationToken cancellationToken)
    {
        List<(PoolWorkerProcess, PoolTask)> sends;
        lock (_gate)
        {
            if (State is PoolState.Terminated or PoolState.Broken)
            {
                ThrowIfNotRunningLocked();
            }

            _pending.Enqueue(task);
            sends = DispatchLocked();
        }

        Send(sends);
    }

    /// <summary>A lazy imap source starts being read: a closed pool keeps its workers until it is done.</summary>
    void IPoolTaskQueue.FeederStarted(ILazyFeeder feeder)
    {
        lock (_gate)
        {
            ThrowIfNotRunningLocked();
            _feeders.Add(feeder);
        }
    }

    /// <summary>A lazy imap source was read to its end (or given up): a closed pool may now let idle workers go.</summary>
    void IPoolTaskQueue.FeederEnded(ILazyFeeder feeder)
    {
        List<PoolWorkerProcess> idle = [];
        lock (_gate)
        {
            _feeders.Remove(feeder);
            if (State == PoolState.Closed)
            {
                idle = RetireIdleWorkersLocked();
            }
        }

        StopAll(idle);
    }

    internal void Submit(IReadOnlyList<PoolTask> tasks)
    {
        List<(PoolWorkerProcess, PoolTask)> sends;
        lock (_gate)
        {
            ThrowIfNotRunningLocked();
            foreach (var task in tasks)
            {
                _pending.Enqueue(task);
            }

            sends = DispatchLocked();
        }

        Send(sends);
    }

    /// <summary>
    /// Hands pending tasks to workers: first one to every idle worker; then, only when no worker is idle or still
    /// starting, a second one to busy workers, so that a worker never idles for a round trip between small tasks.
    /// A task never waits behind another while some worker could take it.
    /// </summary>
    private List<(PoolWorkerProcess, PoolTask)> DispatchLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "DispatchLocked runs under _gate.");
        var sends = new List<(PoolWorkerProcess, PoolTask)>();
        if (State is PoolState.Terminated or PoolState.Broken)
        {
            return sends;
        }

        AssignLocked(sends, maxInFlight: 1);
        bool capacityComing = _workers.Any(static w => !w.Retiring && (!w.Ready || w.InFlight.Count == 0));
        if (!capacityComing)
        {
            AssignLocked(sends, MaxInFlightPerWorker);
        }

        return sends;
    }

    private void AssignLocked(List<(PoolWorkerProcess, PoolTask)> sends, int maxInFlight)
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "AssignLocked runs under _gate.");
        foreach (var worker in _workers)
        {
            while (worker.Ready && !worker.Retiring && worker.InFlight.Count < maxInFlight && NextPendingLocked() is { } task)
            {
                task.Id = ++_nextTaskId;
                task.Worker = worker;
                worker.InFlight[task.Id] = task;
                if (--worker.Quota == 0)
                {
                    worker.Retiring = true; // it exits by itself after this task; a replacement follows
                }

                sends.Add((worker, task));
            }
        }
    }

    private PoolTask? NextPendingLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "NextPendingLocked runs under _gate.");
        while (_pending.TryDequeue(out var task))
        {
            if (!task.IsAbandoned)
            {
                return task;
            }
        }

        return null;
    }

    private static void Send(List<(PoolWorkerProcess Worker, PoolTask Task)> sends)
    {
        foreach (var (worker, task) in sends)
        {
            worker.Send(task);
        }
    }
}
