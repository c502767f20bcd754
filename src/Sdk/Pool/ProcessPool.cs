using Multiprocessing.Diagnostics;
using Multiprocessing.Ipc;
using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Spawn;
using Multiprocessing.Targets;

namespace Multiprocessing;

/// <summary>
/// A pool of worker processes that run <see cref="ProcessTargetAttribute"/> methods (Python's <c>multiprocessing.Pool</c>),
/// typed end to end: <c>pool.Map(Work.Square, xs)</c> returns an <c>int[]</c> for <c>int Square(int)</c>.
/// </summary>
/// <remarks>
/// <para>Workers start once and are reused. When a worker dies (killed, crashed, or it called
/// <see cref="Environment.Exit"/>), the task it was running fails with <see cref="WorkerCrashedException"/>, the tasks
/// sent to it that it had not started go to a replacement, and every other task still completes: Python's Pool would
/// hang. If no replacement can start and no worker is left, the pool is broken and says why.</para>
/// <para><see cref="Dispose"/> and <see cref="DisposeAsync"/> terminate the pool, as Python's <c>with Pool()</c> does;
/// call <see cref="Close"/> and <see cref="Join"/> to let submitted work finish first.</para>
/// </remarks>
public sealed partial class ProcessPool : IProcessPool
{
    /// <summary>Tasks a worker holds at once: one running and one waiting in its ring, so it never idles between tasks.</summary>
    private const int MaxInFlightPerWorker = 2;

    private readonly object _gate = new();
    private readonly List<PoolWorkerProcess> _workers = [];
    private readonly Queue<PoolTask> _pending = new();
    private readonly byte[] _settings;
    private readonly Action<PoolWorkerEvent>? _events;
    private readonly Action<ChildOutputLine>? _output;
    private readonly SpareLease? _spareLease; // this pool's own warm start (ProcessPoolOptions.StartMethod = WarmSpawn)
    private readonly TaskCompletionSource _allExited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextTaskId;
    private readonly List<ILazyFeeder> _feeders = []; // lazy imap sources still being read (guarded by _gate)
    private PoolWorkerProcess[] _readyWorkers = []; // a snapshot of the ready workers, for callers that poll them

    /// <summary>When a caller last started polling the workers' results itself (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    internal long LastPolled;
    private Exception? _brokenBy;

    static ProcessPool() => Marshaller<VoidResult>.Register(VoidResult.Marshaller.Instance);

    /// <summary>Starts a pool of <paramref name="processes"/> workers (Python's <c>Pool(processes)</c>).</summary>
    /// <param name="processes">The number of workers; 0 means <see cref="Multiprocess.CpuCount"/>.</param>
    public ProcessPool(int processes = 0)
        : this(new ProcessPoolOptions { Processes = processes })
    {
    }

    /// <summary>Starts a pool set up by <paramref name="options"/>.</summary>
    /// <param name="options">The number of workers, the initializer and the task limit per worker.</param>
    /// <exception cref="ProcessException">This process cannot start children (a daemon, or a child still bootstrapping).</exception>
    public ProcessPool(ProcessPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Processes = options.Processes == 0 ? Multiprocess.CpuCount : options.Processes;
        MaxTasksPerChild = options.MaxTasksPerChild;
        _settings = PoolWorkerLoop.WriteSettings(options);
        _events = options.WorkerEvents;
        _output = options.WorkerOutput;
        _cancellationGrace = options.CancellationGracePeriod;
        WorkerStartMethod = options.StartMethod;
        _spareLease = options.StartMethod == Multiprocessing.StartMethod.WarmSpawn ? new SpareLease() : null;
        lock (_gate)
        {
            try
            {
                for (int i = 0; i < Processes; i++)
                {
                    StartWorkerLocked();
                }

                MultiprocessingEventSource.Log.PoolStarted(Processes);
            }
            catch
            {
                // No half-built pool: the workers already started must not outlive the failed constructor.
                State = PoolState.Terminated;
                _spareLease?.Dispose();
                foreach (var worker in _workers.Where(static w => w.IsAlive))
                {
                    worker.Kill();
                }

                throw;
            }
        }
    }

    /// <summary>The number of workers the pool keeps running.</summary>
    public int Processes { get; }

    /// <summary>How many tasks a worker runs before it is replaced (0: no limit).</summary>
    public int MaxTasksPerChild { get; }

    /// <summary>Where the pool is in its life.</summary>
    public PoolState State { get; private set; }

    /// <summary>The pids of the workers now running (replacements included).</summary>
    public IReadOnlyList<int> WorkerPids
    {
        get
        {
            lock (_gate)
            {
                return _workers.Where(w => w.Pid is not null && w.IsAlive).Select(w => w.Pid!.Value).ToArray();
            }
        }
    }

    /// <summary>Tasks submitted and not yet sent to a worker (cancelled ones are not counted; they are skipped, never sent).</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count(static t => !t.IsAbandoned);
            }
        }
    }

    /// <summary>The start method of this pool's workers: <see cref="ProcessPoolOptions.StartMethod"/>, or null for <see cref="Multiprocess.StartMethod"/>.</summary>
    internal StartMethod? WorkerStartMethod { get; }

    /// <summary>This pool's claim on spares when it chose the warm start itself.</summary>
    internal SpareLease? SpareLease => _spareLease;

    /// <summary>Stops taking tasks (Python's <c>close()</c>); the workers exit once the submitted tasks are done.</summary>
    public void Close()
    {
        List<PoolWorkerProcess> idle;
        ILazyFeeder[] feeders;
        lock (_gate)
        {
            if (State != PoolState.Running)
            {
                return;
            }

            State = PoolState.Closed;
            idle = RetireIdleWorkersLocked();
            _spareLease?.Dispose(); // no more work comes in: nothing to keep spares for
            CheckAllExitedLocked();
            feeders = _feeders.ToArray();
        }

        // An imap nobody consumes any more would otherwise keep its source waiting, and Join waiting for it.
        Array.ForEach(feeders, static f => f.Unthrottle());
        StopAll(idle);
    }

    /// <summary>
    /// Stops the workers now (Python's <c>terminate()</c>): tasks not finished fail with an
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    public void Terminate()
    {
        PoolWorkerProcess[] workers;
        List<PoolTask> unfinished;
        ILazyFeeder[] feeders;
        lock (_gate)
        {
            if (State == PoolState.Terminated)
            {
                return;
            }

            State = PoolState.Terminated;
            _spareLease?.Dispose();
            unfinished = TakeUnfinishedLocked();
            workers = _workers.ToArray();
            feeders = _feeders.ToArray();
            CheckAllExitedLocked();
        }

        MultiprocessingEventSource.Log.PoolTerminated(workers.Count(static w => w.IsAlive));
        var error = new InvalidOperationException("The pool was terminated before this task finished.");
        unfinished.ForEach(t => t.Fail(error));
        Array.ForEach(feeders, f => f.Abort(error));
        foreach (var worker in workers)
        {
            if (worker.IsAlive)
            {
                worker.Terminate();
            }
        }
    }

    /// <summary>Waits for every worker to exit (Python's <c>join()</c>); call <see cref="Close"/> or <see cref="Terminate()"/> first.</summary>
    /// <exception cref="InvalidOperationException">The pool is still running.</exception>
    public void Join() => JoinCore().GetAwaiter().GetResult();

    /// <summary>Waits asynchronously for every worker to exit; call <see cref="Close"/> or <see cref="Terminate()"/> first.</summary>
    /// <param name="cancellationToken">Stops the wait (not the pool).</param>
    /// <returns>A task that completes when every worker has exited.</returns>
    /// <exception cref="InvalidOperationException">The pool is still running.</exception>
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinCore().WaitAsync(cancellationToken);

    /// <summary>Terminates the pool and waits for its workers (Python's <c>with Pool()</c> exit).</summary>
    public void Dispose()
    {
        Terminate();
        Join();
    }

    /// <summary>Terminates the pool and waits for its workers.</summary>
    /// <returns>A task that completes when every worker has exited.</returns>
    public async ValueTask DisposeAsync()
    {
        Terminate();
        await JoinAsync().ConfigureAwait(false);
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
        Submit([new ApplyTask<TResult>(result, descriptor, arguments.WrittenMemory, callback, errorCallback, cancellationToken)]);
    }

    /// <summary>
    /// Submits a chunk read from a lazy imap source. The imap started while the pool ran, so it goes on after
    /// <see cref="Close"/> (as CPython's task handler finishes an imap's iterable); only a terminated or broken pool refuses it.
    /// </summary>
    internal void SubmitFromFeeder(PoolTask task)
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
    internal void FeederStarted(ILazyFeeder feeder)
    {
        lock (_gate)
        {
            ThrowIfNotRunningLocked();
            _feeders.Add(feeder);
        }
    }

    /// <summary>A lazy imap source was read to its end (or given up): a closed pool may now let idle workers go.</summary>
    internal void FeederEnded(ILazyFeeder feeder)
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

    private void CheckAllExitedLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "CheckAllExitedLocked runs under _gate.");
        if (State != PoolState.Running && _workers.Count == 0 && _allExited.TrySetResult())
        {
            MultiprocessingEventSource.Log.PoolStopped();
        }
    }

    private Task JoinCore()
    {
        lock (_gate)
        {
            if (State == PoolState.Running)
            {
                throw new InvalidOperationException("The pool is still running: call Close() (let submitted tasks finish) or Terminate() before Join().");
            }

            if (State == PoolState.Broken)
            {
                // No worker can come back: stop the ones that are still starting.
                foreach (var worker in _workers.Where(w => w.IsAlive))
                {
                    worker.Terminate();
                }
            }
        }

        return _allExited.Task;
    }

    private void ThrowIfNotRunningLocked()
    {
        System.Diagnostics.Debug.Assert(Monitor.IsEntered(_gate), "ThrowIfNotRunningLocked runs under _gate.");
        switch (State)
        {
            case PoolState.Closed:
                throw new InvalidOperationException("The pool is closed: it takes no new tasks after Close(). Submit before closing, or create a new pool.");
            case PoolState.Terminated:
                throw new InvalidOperationException("The pool was terminated (Terminate() or Dispose()): create a new pool to run more tasks.");
            case PoolState.Broken:
                throw _brokenBy!;
        }
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

    private static void Send(List<(PoolWorkerProcess Worker, PoolTask Task)> sends)
    {
        foreach (var (worker, task) in sends)
        {
            worker.Send(task);
        }
    }

    private static void StopAll(List<PoolWorkerProcess> workers)
    {
        foreach (var worker in workers)
        {
            worker.Stop();
        }
    }
}
