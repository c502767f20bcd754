using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing.Orleans;

/// <summary>
/// <see cref="ProcessPool"/>'s API over an Orleans cluster (Ray's <c>ray.util.multiprocessing.Pool</c> for .NET): each
/// task runs in a worker process of some silo's pool (<see cref="SiloBuilderExtensions.AddProcessPoolWorker"/>), typed
/// end to end through the same generated registry and marshallers; Orleans carries only the SDK's bytes.
/// </summary>
/// <remarks>
/// <para>Placement: every silo gets up to <see cref="ClusterPoolOptions.TasksPerWorker"/> tasks per worker in flight,
/// and the next task goes to the silo with the most free slots, so work flows to silos in proportion to their free
/// workers and a slow silo holds back only the tasks it holds. The membership is read again every
/// <see cref="ClusterPoolOptions.MembershipRefresh"/> while there is work: a silo that joins starts taking tasks.</para>
/// <para>Failures: a target that throws fails its task with <see cref="RemoteProcessException"/>, a worker that dies
/// with <see cref="WorkerCrashedException"/>, as locally. A silo that leaves while it holds tasks (killed, stopped,
/// unreachable) fails those tasks only, with <see cref="SiloLostException"/> naming it, unless their target is marked
/// idempotent (<see cref="ClusterPoolOptions.MarkIdempotent"/>): those go to another silo. Tasks a silo refused
/// before starting them (its pool was closing) always go elsewhere. With no silo at all, work fails after
/// <see cref="ClusterPoolOptions.NoSiloTimeout"/>: nothing waits forever.</para>
/// </remarks>
public sealed partial class ClusterPool : IProcessPool
{
    private readonly IGrainFactory _grains;
    private readonly ClusterPoolOptions _options;
    private readonly HashSet<string> _idempotent = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly Dictionary<string, SiloState> _silos = new(StringComparer.Ordinal);
    private readonly LinkedList<ClusterWorkItem> _pending = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Timer _timer;
    private readonly TaskCompletionSource _firstRefresh = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _feeders;
    private int _refreshing;
    private long _waitingSince; // when pending work last found no silo to take it (Environment.TickCount64; 0: none waits)

    static ClusterPool() => Marshaller<VoidResult>.TryRegister(VoidResult.Marshaller.Instance);

    /// <summary>A pool over the cluster that <paramref name="grains"/> reaches (an <see cref="IClusterClient"/>, or a silo's own grain factory).</summary>
    /// <param name="grains">The cluster client or the silo's grain factory.</param>
    /// <param name="options">Secret, placement, retries; null for the defaults.</param>
    public ClusterPool(IGrainFactory grains, ClusterPoolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _options = options ?? new ClusterPoolOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.TasksPerWorker, 1);
        foreach (var target in _options.IdempotentTargets)
        {
            _idempotent.Add(TargetRegistry.Resolve(target).Id);
        }

        _timer = new Timer(static state => ((ClusterPool)state!).Tick(), this, TimeSpan.Zero, _options.MembershipRefresh);
    }

    /// <summary>The workers of the silos the pool knows now (their sum); the default chunk size is cut for them.</summary>
    public int Processes
    {
        get
        {
            lock (_gate)
            {
                return _silos.Values.Sum(static s => s.Workers);
            }
        }
    }

    /// <summary>The silos that serve work now (their addresses).</summary>
    public IReadOnlyList<string> Silos
    {
        get
        {
            lock (_gate)
            {
                return _silos.Keys.ToArray();
            }
        }
    }

    /// <summary>How many tasks this pool has sent each silo (its address) over its life.</summary>
    public IReadOnlyDictionary<string, long> TasksSent
    {
        get
        {
            lock (_gate)
            {
                return _sent.ToDictionary(static p => p.Key, static p => p.Value);
            }
        }
    }

    /// <summary>Where the pool is in its life.</summary>
    public PoolState State { get; private set; }

    private readonly Dictionary<string, long> _sent = new(StringComparer.Ordinal);

    /// <summary>Reads the cluster's membership now and waits for it (the pool also does so by itself, every <see cref="ClusterPoolOptions.MembershipRefresh"/>).</summary>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>A task that completes when the pool knows the silos that serve work.</returns>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => RefreshCoreAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public void Close()
    {
        lock (_gate)
        {
            if (State != PoolState.Running)
            {
                return;
            }

            State = PoolState.Closed;
            CheckStoppedLocked();
        }
    }

    /// <inheritdoc />
    public void Terminate()
    {
        List<ClusterWorkItem> unfinished;
        lock (_gate)
        {
            if (State == PoolState.Terminated)
            {
                return;
            }

            State = PoolState.Terminated;
            unfinished = [.. _pending];
            _pending.Clear();
            foreach (var silo in _silos.Values)
            {
                foreach (var item in silo.Held)
                {
                    item.Attempt++;
                    unfinished.Add(item);
                }

                silo.Held.Clear();
            }

            _inFlight = 0;
            CheckStoppedLocked();
        }

        _timer.Dispose();
        var error = new InvalidOperationException("The cluster pool was terminated before this task finished.");
        unfinished.ForEach(i => i.Task.Fail(error));
    }

    /// <inheritdoc />
    public void Join() => JoinCore().GetAwaiter().GetResult();

    /// <inheritdoc />
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinCore().WaitAsync(cancellationToken);

    /// <summary>Terminates the pool (tasks not finished fail); the silos and their pools go on.</summary>
    public void Dispose()
    {
        Terminate();
        Join();
    }

    /// <summary>Terminates the pool (tasks not finished fail); the silos and their pools go on.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    internal AsyncResult<TResult> SubmitApply<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var result = new AsyncResult<TResult>(mayCancel: cancellationToken.CanBeCanceled);
        SubmitApplyTask(result, target, writeArguments, callback, errorCallback, cancellationToken);
        return result;
    }

    internal AsyncResult SubmitApply(Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var result = new AsyncResult(mayCancel: cancellationToken.CanBeCanceled);
        SubmitApplyTask<VoidResult>(result, target, writeArguments, callback is null ? null : _ => callback(), errorCallback, cancellationToken);
        return result;
    }

    private void SubmitApplyTask<TResult>(IPoolPromise<TResult> result, Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var descriptor = TargetRegistry.Resolve(target);
        var arguments = new MarshalWriter();
        writeArguments(arguments);
        Submit([new ApplyTask<TResult>(result, descriptor, arguments.WrittenMemory, callback, errorCallback, cancellationToken)], fromFeeder: false, cancellationToken);
    }

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
        ClusterTaskReply? reply = null;
        Exception? failure = null;
        try
        {
            reply = await silo.Grain.Run(item.Request, item.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        lock (_gate)
        {
            if (item.Attempt != attempt || !silo.Held.Remove(item))
            {
                return; // taken back meanwhile (the silo left, or the pool was terminated): this answer is late
            }

            _inFlight--;
            silo.Draining |= reply?.Draining == true;
            if (reply is { Status: ClusterTaskStatus.NotStarted } or { Draining: true })
            {
                silo.Accepting = false; // the silo or its pool is stopping: no more work there until a refresh says otherwise
            }
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
            case ClusterTaskStatus.Lost:
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

    private void Tick()
    {
        List<ClusterWorkItem> expired = [];
        bool work;
        lock (_gate)
        {
            work = _pending.Count > 0 || _inFlight > 0 || _silos.Count == 0;
            if (_waitingSince != 0 && Environment.TickCount64 - _waitingSince > (long)_options.NoSiloTimeout.TotalMilliseconds)
            {
                expired.AddRange(_pending);
                _pending.Clear();
                _waitingSince = 0;
                CheckStoppedLocked();
            }
        }

        if (expired.Count > 0)
        {
            var error = new ProcessException(
                $"No silo took this task within {_options.NoSiloTimeout.TotalSeconds:0.#} s: no silo in the cluster serves the pool " +
                "(siloBuilder.AddProcessPoolWorker()), or every silo that could was lost. Start a silo, or check the cluster's membership.");
            expired.ForEach(i => i.Task.Fail(error));
        }

        if (work)
        {
            RequestRefresh();
        }
    }

    private void RequestRefresh()
    {
        if (Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = RefreshCoreAsync().ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    private async Task RefreshCoreAsync()
    {
        try
        {
            // Every silo the membership lists: an active one takes work; one shutting down or stopping takes no more, but
            // still answers what it holds (a graceful stop loses nothing); a dead or forgotten one has lost what it held.
            var hosts = await _grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false).ConfigureAwait(false);
            var statuses = hosts.ToDictionary(static p => p.Key.ToParsableString(), static p => p.Value, StringComparer.Ordinal);
            var active = statuses.Where(static p => p.Value == SiloStatus.Active).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
            var leaving = statuses.Where(static p => p.Value is SiloStatus.ShuttingDown or SiloStatus.Stopping).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
            var known = Silos;
            var asks = active.Except(known).Select(async address =>
            {
                var grain = _grains.GetGrain<IPoolWorkerGrain>(address);
                try
                {
                    var capacity = await grain.GetCapacity().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                    return (address, grain, capacity);
                }
                catch (Exception)
                {
                    return (address, grain, (PoolWorkerCapacity?)null); // no pool worker there (or not reachable yet): asked again next time
                }
            }).ToArray();
            var answers = await Task.WhenAll(asks).ConfigureAwait(false);

            List<(SiloState Silo, ClusterWorkItem[] Held)> gone = [];
            List<(SiloState Silo, ClusterWorkItem Item)> rerouted = [];
            lock (_gate)
            {
                foreach (var (address, grain, capacity) in answers)
                {
                    if (capacity is { Workers: > 0, Accepting: true })
                    {
                        _silos[address] = new SiloState(address, grain, capacity.Workers);
                    }
                }

                foreach (var silo in _silos.Values)
                {
                    silo.Accepting = active.Contains(silo.Address) && !silo.Draining;
                }

                foreach (var silo in _silos.Values.Where(s => !active.Contains(s.Address) && !leaving.Contains(s.Address)).ToArray())
                {
                    _silos.Remove(silo.Address);
                    var held = silo.Held.ToArray();
                    foreach (var item in held)
                    {
                        item.Attempt++; // its answer, should one still come, is late
                    }

                    _inFlight -= held.Length;
                    silo.Held.Clear();
                    gone.Add((silo, held));
                }
            }

            lock (_gate)
            {
                if (gone.Count > 0)
                {
                    // A client reaches each silo through some gateway, and an answer that was to come back through a
                    // lost silo's gateway never comes (Orleans waits for its response timeout, 30 s). So the idempotent
                    // tasks that live silos hold are sent again too: the first answer wins, a late one is dropped.
                    foreach (var silo in _silos.Values)
                    {
                        foreach (var item in silo.Held.Where(static i => i.Idempotent).ToArray())
                        {
                            item.Attempt++;
                            silo.Held.Remove(item);
                            _inFlight--;
                            rerouted.Add((silo, item));
                        }
                    }
                }
            }

            foreach (var (silo, item) in rerouted)
            {
                Lost(silo, item, null, exclude: false);
            }

            foreach (var (silo, held) in gone)
            {
                foreach (var item in held)
                {
                    Lost(silo, item, null, exclude: true);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The cluster cannot be read now (the client is reconnecting): the next tick tries again.
        }
        finally
        {
            _firstRefresh.TrySetResult();
            Volatile.Write(ref _refreshing, 0);
        }

        Pump();
    }

    private void CheckStoppedLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "CheckStoppedLocked runs under _gate.");
        if (State == PoolState.Terminated || (State == PoolState.Closed && _pending.Count == 0 && _inFlight == 0 && _feeders == 0))
        {
            _stopped.TrySetResult();
        }
    }

    private Task JoinCore()
    {
        lock (_gate)
        {
            if (State == PoolState.Running)
            {
                throw new InvalidOperationException("The cluster pool is still running: call Close() (let submitted tasks finish) or Terminate() before Join().");
            }
        }

        return _stopped.Task;
    }

    private void ThrowIfNotRunningLocked(bool fromFeeder)
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "ThrowIfNotRunningLocked runs under _gate.");
        switch (State)
        {
            case PoolState.Closed when !fromFeeder:
                throw new InvalidOperationException("The cluster pool is closed: it takes no new tasks after Close(). Submit before closing, or create a new pool.");
            case PoolState.Terminated:
                throw new InvalidOperationException("The cluster pool was terminated (Terminate() or Dispose()): create a new pool to run more tasks.");
        }
    }
}
