using Multiprocessing.Diagnostics;
using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Spawn;

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
    public void Dispose() => PoolShutdown.Dispose(this);

    /// <summary>Terminates the pool and waits for its workers.</summary>
    /// <returns>A task that completes when every worker has exited.</returns>
    public ValueTask DisposeAsync() => PoolShutdown.DisposeAsync(this);

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

    private static void StopAll(List<PoolWorkerProcess> workers)
    {
        foreach (var worker in workers)
        {
            worker.Stop();
        }
    }
}
