using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Spawn;

namespace Multiprocessing.Orleans;

public sealed partial class ClusterPool : IPoolTaskQueue
{
    AsyncResult<TResult> IPoolCalls.SubmitApply<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        PoolApply.Submit(this, target, writeArguments, callback, errorCallback, cancellationToken);

    AsyncResult IPoolCalls.SubmitApply(Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        PoolApply.Submit(this, target, writeArguments, callback, errorCallback, cancellationToken);

    /// <summary>The workers of the known silos, once the membership has been read (a map's default chunk size is cut for them).</summary>
    int IMapPool.MapWorkers => KnownWorkers();

    /// <summary>A lazy imap reads a window of chunks ahead of its consumer: enough to fill every silo's slots twice.</summary>
    int IPoolTaskQueue.LazyWindow => Math.Max(4, 2 * _options.TasksPerWorker * KnownWorkers());

    void IPoolTaskQueue.Submit(IReadOnlyList<PoolTask> tasks, CancellationToken cancellationToken) => Submit(tasks, fromFeeder: false, cancellationToken);

    void IPoolTaskQueue.SubmitFromFeeder(PoolTask task, CancellationToken cancellationToken) => Submit([task], fromFeeder: true, cancellationToken);

    void IPoolTaskQueue.FeederStarted(ILazyFeeder feeder) => FeederRunning(true);

    void IPoolTaskQueue.FeederEnded(ILazyFeeder feeder) => FeederRunning(false);

    /// <summary>Queues pool tasks (applies or map chunks) for the silos; <paramref name="cancellationToken"/> (the caller's) also cancels them in the silo that holds them.</summary>
    internal void Submit(IReadOnlyList<PoolTask> tasks, bool fromFeeder, CancellationToken cancellationToken)
    {
        var items = new ClusterWorkItem[tasks.Count];
        for (int i = 0; i < items.Length; i++)
        {
            var task = tasks[i];
            bool batch = task.Kind == PoolTask.BatchKind;
            byte[] payload = ClusterWorkItem.PayloadOf(task);
            var request = new ClusterTaskRequest
            {
                TargetId = task.Target.Id,
                AssemblyName = task.Target.Assembly.FullName,
                Batch = batch,
                Payload = payload,
                Proof = ClusterSecret.Prove(_options.SharedSecret, task.Target.Id, batch, payload),
            };
            items[i] = new ClusterWorkItem(task, request, _idempotent.Contains(task.Target.Id), cancellationToken);
        }

        lock (_gate)
        {
            ThrowIfNotRunningLocked(fromFeeder);
            foreach (var item in items)
            {
                _pending.AddLast(item);
            }
        }

        Pump();
    }

    /// <summary>A lazy imap source starts (true) or stops (false) being read: a closed pool waits for it before it stops.</summary>
    internal void FeederRunning(bool running)
    {
        lock (_gate)
        {
            if (running)
            {
                ThrowIfNotRunningLocked(fromFeeder: false);
                _feeders++;
            }
            else
            {
                _feeders--;
                CheckStoppedLocked();
            }
        }
    }

    /// <summary>Waits (bounded) for the first read of the membership, so that the default chunk size knows the workers.</summary>
    internal int KnownWorkers()
    {
        _firstRefresh.Task.Wait(TimeSpan.FromSeconds(10));
        return Math.Max(1, Processes);
    }

    /// <summary>Sends pending tasks to the silos with free slots, most free first.</summary>
    private void Pump()
    {
        List<(SiloState Silo, ClusterWorkItem Item, int Attempt)> sends = [];
        lock (_gate)
        {
            if (State is PoolState.Terminated)
            {
                return;
            }

            var node = _pending.First;
            while (node is not null)
            {
                var next = node.Next;
                var item = node.Value;
                if (item.Task.IsAbandoned)
                {
                    _pending.Remove(node); // cancelled, or its map already failed: never sent
                }
                else if (PickSiloLocked(item) is { } silo)
                {
                    _pending.Remove(node);
                    item.Attempt++;
                    item.Silo = silo;
                    silo.Held.Add(item);
                    _inFlight++;
                    _sent[silo.Address] = _sent.GetValueOrDefault(silo.Address) + 1;
                    sends.Add((silo, item, item.Attempt));
                }
                else if (!AnySlotLocked())
                {
                    break; // every silo is full: the rest waits for an answer
                }

                node = next;
            }

            _waitingSince = _pending.Count > 0 && _inFlight == 0 ? (_waitingSince == 0 ? Environment.TickCount64 : _waitingSince) : 0;
            CheckStoppedLocked();
        }

        foreach (var (silo, item, attempt) in sends)
        {
            _ = SendAsync(silo, item, attempt);
        }
    }

    private SiloState? PickSiloLocked(ClusterWorkItem item)
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "PickSiloLocked runs under _gate.");
        SiloState? best = null;
        int bestFree = 0;
        foreach (var silo in _silos.Values)
        {
            int free = (silo.Workers * _options.TasksPerWorker) - silo.Held.Count;
            if (silo.Accepting && free > bestFree && !item.Excluded.Contains(silo.Address))
            {
                best = silo;
                bestFree = free;
            }
        }

        return best;
    }

    private bool AnySlotLocked() => _silos.Values.Any(s => s.Accepting && s.Held.Count < s.Workers * _options.TasksPerWorker);

    private async Task SendAsync(SiloState silo, ClusterWorkItem item, int attempt)
    {
        var (reply, failure) = await CallAsync(silo, item, attempt).ConfigureAwait(false);
        lock (_gate)
        {
            if (item.Attempt != attempt || !silo.Held.Remove(item))
            {
                return; // taken back meanwhile (the silo left, or the pool was terminated): this answer is late
            }

            _inFlight--;
            NoteLocked(silo, reply);
        }

        try
        {
            if (failure is OperationCanceledException && item.CancellationToken.IsCancellationRequested)
            {
                item.Task.Fail(new OperationCanceledException(item.CancellationToken)); // the caller cancelled: the silo dropped the task
            }
            else if (failure is not null)
            {
                // A broken connection or a timeout may be the gateway's, not the silo's: the silo stays eligible,
                // and the refresh drops it if it is really gone.
                RequestRefresh();
                Lost(silo, item, failure, exclude: false);
            }
            else
            {
                Resolve(silo, item, reply!);
            }
        }
        finally
        {
            Pump();
        }
    }

    private void Resolve(SiloState silo, ClusterWorkItem item, ClusterTaskReply reply)
    {
        string where = $"{reply.WorkerName} on silo {silo.Address}";
        switch (reply.Status)
        {
            case ClusterTaskStatus.Succeeded:
                item.Task.Complete(reply.Payload);
                break;
            case ClusterTaskStatus.TargetFailed:
                Exception error;
                try
                {
                    var reader = new MarshalReader(reply.Payload);
                    error = RemoteProcessException.FromReport(RemoteErrorReport.Read(ref reader), where, reply.ProcessId);
                }
                catch (MarshalException ex)
                {
                    error = ex;
                }

                item.Task.Fail(error);
                break;
            case ClusterTaskStatus.WorkerCrashed:
                item.Task.Fail(new WorkerCrashedException(where, reply.ProcessId, reply.ExitCode));
                break;
            case ClusterTaskStatus.NotStarted:
                Requeue(silo, item, exclude: true); // it never ran: always safe to send elsewhere
                break;
            case ClusterTaskStatus.Cancelled when item.CancellationToken.IsCancellationRequested:
                item.Task.Fail(new OperationCanceledException(item.CancellationToken));
                break;
            case ClusterTaskStatus.Lost or ClusterTaskStatus.UnknownTicket or ClusterTaskStatus.Cancelled:
                Lost(silo, item, new ProcessException($"Silo {silo.Address}: {reply.Message}"), exclude: true);
                break;
            default:
                item.Task.Fail(new ProcessException($"Silo {silo.Address} refused a task of '{item.Request.TargetId}': {reply.Message}"));
                break;
        }
    }

    /// <summary>A silo lost an item it held: sent elsewhere when its target is idempotent, else failed naming the silo.</summary>
    private void Lost(SiloState silo, ClusterWorkItem item, Exception? cause, bool exclude)
    {
        if (item.Idempotent && item.Retries < _options.MaxRetries && State != PoolState.Terminated)
        {
            item.Retries++;
            Requeue(silo, item, exclude);
        }
        else
        {
            item.Task.Fail(new SiloLostException(silo.Address, item.Request.TargetId, cause));
        }
    }

    private void Requeue(SiloState silo, ClusterWorkItem item, bool exclude)
    {
        lock (_gate)
        {
            if (exclude)
            {
                item.Excluded.Add(silo.Address);
            }

            if (State == PoolState.Terminated)
            {
                return;
            }

            _pending.AddFirst(item);
        }
    }
}
