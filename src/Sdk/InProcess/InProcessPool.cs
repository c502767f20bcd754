using Multiprocessing.InProcess;
using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
using Multiprocessing.Targets;

namespace Multiprocessing;

/// <summary>
/// A pool with the calls of <see cref="ProcessPool"/> whose workers are threads of this process (Python's
/// <c>multiprocessing.dummy.Pool</c>, in spirit): for breakpoints, stepping and fast tests.
/// </summary>
/// <remarks>
/// <para>Unlike Python's <c>multiprocessing.dummy</c>, nothing is shared by accident: every call goes through the
/// same marshalling as a process pool. The arguments are marshalled, the generated invoker (or map batch runner) of
/// the <see cref="ProcessTargetAttribute"/> method reads them back and writes the result, and that result is
/// unmarshalled for the caller. A marshaller that loses a field, a target that is not registered, or a result that
/// cannot travel fails here as it would with processes.</para>
/// <para>What differs: the workers share this process's static state (a target that writes a static field is seen by
/// the others, and by the caller), <see cref="ProcessPoolOptions.MaxTasksPerChild"/>, worker events and output
/// capture do not apply, and a worker cannot crash without taking the caller down. A target's exception comes back as a
/// <see cref="RemoteProcessException"/>, as with processes, whose <see cref="Exception.InnerException"/> is the
/// original exception.</para>
/// <para>It is an <see cref="IProcessPool"/>: code that takes one (an app's service registered with
/// <c>AddProcessPool</c>) takes this pool in a test, with the same calls (<see cref="ProcessPoolExtensions"/>) and the
/// same marshalling, and no processes. The calls whose target takes a <see cref="CancellationToken"/> are a
/// <see cref="ProcessPool"/>'s own.</para>
/// </remarks>
public sealed partial class InProcessPool : IProcessPool, IMapPool
{
    private static int s_pools;

    private readonly object _gate = new();
    private readonly Queue<InProcessWorkItem> _pending = new();
    private readonly List<Thread> _threads = [];
    private readonly TaskCompletionSource _allExited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TargetDescriptor? _initializer;
    private readonly byte[] _initializerArguments;
    private int _alive;
    private readonly List<IInProcessFeeder> _feeders = []; // imap sources still being read: a closed pool keeps its threads for them
    private Exception? _brokenBy;

    static InProcessPool() => Marshaller<VoidResult>.Register(VoidResult.Marshaller.Instance);

    /// <summary>Starts a pool of <paramref name="processes"/> worker threads (Python's <c>ThreadPool(processes)</c>).</summary>
    /// <param name="processes">The number of worker threads; 0 means <see cref="Multiprocess.CpuCount"/>.</param>
    public InProcessPool(int processes = 0)
        : this(new ProcessPoolOptions { Processes = processes })
    {
    }

    /// <summary>Starts a pool set up by <paramref name="options"/>: the number of workers and the initializer (run once on each worker thread).</summary>
    /// <param name="options">The options of the process pool this one stands in for.</param>
    public InProcessPool(ProcessPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Processes = options.Processes == 0 ? Multiprocess.CpuCount : options.Processes;
        _initializer = options.Initializer;
        _initializerArguments = options.InitializerArguments;
        int pool = Interlocked.Increment(ref s_pools);
        lock (_gate)
        {
            for (int i = 1; i <= Processes; i++)
            {
                var thread = new Thread(WorkerMain) { IsBackground = true, Name = $"InProcessPool-{pool} worker {i}" };
                _threads.Add(thread);
                _alive++;
                thread.Start();
            }
        }
    }

    /// <summary>The number of worker threads.</summary>
    public int Processes { get; }

    /// <summary>Where the pool is in its life.</summary>
    public PoolState State { get; private set; }

    /// <summary>The managed thread ids of the workers (to find them in a debugger's Threads window).</summary>
    public IReadOnlyList<int> WorkerThreadIds
    {
        get
        {
            lock (_gate)
            {
                return _threads.Select(static t => t.ManagedThreadId).ToArray();
            }
        }
    }

    /// <summary>Tasks submitted and not yet taken by a worker.</summary>
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

    /// <summary>Stops taking tasks (Python's <c>close()</c>); the workers exit once the submitted tasks are done.</summary>
    public void Close()
    {
        IInProcessFeeder[] feeders;
        lock (_gate)
        {
            if (State != PoolState.Running)
            {
                return;
            }

            State = PoolState.Closed;
            feeders = _feeders.ToArray();
            Monitor.PulseAll(_gate);
        }

        // An imap nobody consumes any more would otherwise keep its source waiting, and Join waiting for it.
        Array.ForEach(feeders, static f => f.Unthrottle());
    }

    /// <summary>
    /// Stops the pool now (Python's <c>terminate()</c>): tasks not started fail with an
    /// <see cref="InvalidOperationException"/>. A task already running on a worker thread runs to its end (a thread
    /// cannot be killed), but its result is not awaited by <see cref="Join"/>.
    /// </summary>
    public void Terminate()
    {
        InProcessWorkItem[] unfinished;
        IInProcessFeeder[] feeders;
        lock (_gate)
        {
            if (State == PoolState.Terminated)
            {
                return;
            }

            State = PoolState.Terminated;
            feeders = _feeders.ToArray();
            unfinished = _pending.ToArray();
            _pending.Clear();
            Monitor.PulseAll(_gate);
            _allExited.TrySetResult(); // running targets finish on their own; nothing waits for them
        }

        var error = new InvalidOperationException("The pool was terminated before this task finished.");
        Array.ForEach(unfinished, t => t.Fail(error));
        Array.ForEach(feeders, static f => f.Abort());
    }

    /// <summary>Waits for every worker thread to exit (Python's <c>join()</c>); call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    /// <exception cref="InvalidOperationException">The pool is still running.</exception>
    public void Join() => JoinCore().GetAwaiter().GetResult();

    /// <summary>Waits asynchronously for every worker thread to exit; call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    /// <param name="cancellationToken">Stops the wait (not the pool).</param>
    /// <returns>A task that completes when every worker has exited.</returns>
    /// <exception cref="InvalidOperationException">The pool is still running.</exception>
    public Task JoinAsync(CancellationToken cancellationToken = default) => JoinCore().WaitAsync(cancellationToken);

    /// <summary>Terminates the pool and waits for it (Python's <c>with ThreadPool()</c> exit).</summary>
    public void Dispose() => PoolShutdown.Dispose(this);

    /// <summary>Terminates the pool and waits for it.</summary>
    /// <returns>A task that completes when the pool has stopped.</returns>
    public ValueTask DisposeAsync() => PoolShutdown.DisposeAsync(this);

    int IMapPool.MapWorkers => Processes;

    /// <summary>A readable description, in the style of Python's pool repr.</summary>
    /// <returns>For example <c>&lt;InProcessPool state=RUN pool_size=2&gt;</c>.</returns>
    public override string ToString() =>
        $"<InProcessPool state={State switch { PoolState.Running => "RUN", PoolState.Closed => "CLOSE", PoolState.Terminated => "TERMINATE", _ => "BROKEN" }} pool_size={Processes}>";

    AsyncResult<TResult> IPoolCalls.SubmitApply<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        new(SubmitApplyWork(target, writeArguments, callback, errorCallback, cancellationToken));

    AsyncResult IPoolCalls.SubmitApply(Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken) =>
        new(SubmitApplyWork<VoidResult>(target, writeArguments, callback is null ? null : _ => callback(), errorCallback, cancellationToken));

    private Task<TResult> SubmitApplyWork<TResult>(Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var descriptor = TargetRegistry.Resolve(target);
        var arguments = new MarshalWriter();
        writeArguments(arguments);
        var payload = arguments.WrittenMemory;
        string what = $"the result of {descriptor.Id}";
        var work = new InProcessWork<TResult>(
            scratch => descriptor.Invoker!(payload, scratch, cancellationToken),
            bytes =>
            {
                var reader = new MarshalReader(bytes.Span);
                var value = Marshaller<TResult>.Default.Read(ref reader);
                reader.EnsureEnd(what);
                return value;
            },
            cancellationToken);
        Submit(work, fromFeeder: false);
        PoolCallbacks.InvokeWhenDone(work.Task, callback, errorCallback, "The pool task was cancelled.");
        return work.Task;
    }

    /// <summary>Queues tasks for the workers; a closed pool still takes the chunks of an imap that started before it closed.</summary>
    internal void Submit(InProcessWorkItem work, bool fromFeeder)
    {
        lock (_gate)
        {
            if (_brokenBy is not null)
            {
                work.Fail(_brokenBy);
                return;
            }

            if (State != PoolState.Running && !(fromFeeder && State == PoolState.Closed))
            {
                throw new InvalidOperationException($"The pool is {State.ToString().ToLowerInvariant()}: it takes no new tasks.");
            }

            _pending.Enqueue(work);
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>An imap starts reading its source: a closed pool keeps its workers until it is done.</summary>
    internal void FeederStarted(IInProcessFeeder feeder)
    {
        lock (_gate)
        {
            if (State != PoolState.Running)
            {
                throw new InvalidOperationException($"The pool is {State.ToString().ToLowerInvariant()}: it takes no new tasks.");
            }

            _feeders.Add(feeder);
        }
    }

    /// <summary>An imap read its source to the end (or gave up): a closed pool's workers may now exit.</summary>
    internal void FeederEnded(IInProcessFeeder feeder)
    {
        lock (_gate)
        {
            _feeders.Remove(feeder);
            Monitor.PulseAll(_gate);
        }
    }

    private void WorkerMain()
    {
        var scratch = new MarshalWriter();
        string name = Thread.CurrentThread.Name ?? "InProcessPool worker";
        try
        {
            if (_initializer is not null && !RunInitializer(scratch, name))
            {
                return;
            }

            while (TryTake(out var work))
            {
                work.Run(scratch, name);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (--_alive == 0)
                {
                    _allExited.TrySetResult();
                }
            }
        }
    }

    private bool RunInitializer(MarshalWriter scratch, string name)
    {
        try
        {
            var pending = _initializer!.Invoker!(_initializerArguments, scratch, CancellationToken.None);
            if (!pending.IsCompletedSuccessfully)
            {
                pending.AsTask().GetAwaiter().GetResult();
            }

            return true;
        }
        catch (Exception ex)
        {
            // As with processes: no worker can be trusted once the initializer failed, so every task fails.
            var error = new RemoteProcessException(ex.GetType().FullName ?? ex.GetType().Name, ex.Message, ex.StackTrace ?? "", name, Environment.ProcessId, ex);
            InProcessWorkItem[] unfinished;
            lock (_gate)
            {
                _brokenBy ??= error;
                if (State != PoolState.Terminated)
                {
                    State = PoolState.Broken;
                }

                unfinished = _pending.ToArray();
                _pending.Clear();
                Monitor.PulseAll(_gate);
            }

            Array.ForEach(unfinished, t => t.Fail(error));
            return false;
        }
    }

    private bool TryTake(out InProcessWorkItem work)
    {
        lock (_gate)
        {
            while (true)
            {
                if (State is PoolState.Terminated or PoolState.Broken)
                {
                    work = null!;
                    return false;
                }

                while (_pending.TryDequeue(out work!))
                {
                    if (!work.IsAbandoned)
                    {
                        return true;
                    }
                }

                if (State == PoolState.Closed && _feeders.Count == 0)
                {
                    Monitor.PulseAll(_gate); // the other workers see the end too
                    work = null!;
                    return false;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    private Task JoinCore()
    {
        lock (_gate)
        {
            if (State == PoolState.Running)
            {
                throw new InvalidOperationException("Call Close() or Terminate() before Join().");
            }
        }

        return _allExited.Task;
    }
}
