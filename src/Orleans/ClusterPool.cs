using Multiprocessing.Marshalling;
using Multiprocessing.Pool;
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
    private readonly TimeSpan _pollWait;
    private int _inFlight;
    private int _feeders;
    private int _refreshing;
    private long _waitingSince; // when pending work last found no silo to take it (Environment.TickCount64; 0: none waits)

    static ClusterPool() => Marshaller<VoidResult>.TryRegister(VoidResult.Marshaller.Instance);

    /// <summary>A pool over the cluster that <paramref name="grains"/> reaches (an <see cref="IClusterClient"/>, or a silo's own grain factory).</summary>
    /// <param name="grains">The cluster client or the silo's grain factory.</param>
    /// <param name="options">Secret, placement, retries; null for the defaults.</param>
    /// <remarks>Each grain call waits at most a third of the client's response timeout (at most 10 s), read from <paramref name="grains"/>' services when it is an <see cref="IClusterClient"/>: a longer task is long-polled.</remarks>
    public ClusterPool(IGrainFactory grains, ClusterPoolOptions? options = null)
        : this(grains, options, (grains as IClusterClient)?.ServiceProvider)
    {
    }

    /// <summary>A pool whose bound on each grain call comes from the messaging options in <paramref name="services"/>.</summary>
    internal ClusterPool(IGrainFactory grains, ClusterPoolOptions? options, IServiceProvider? services)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _options = options ?? new ClusterPoolOptions();
        _pollWait = PollWaitFor(services);
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
    public void Dispose() => PoolShutdown.Dispose(this);

    /// <summary>Terminates the pool (tasks not finished fail); the silos and their pools go on.</summary>
    /// <returns>A task that completes when the pool has stopped.</returns>
    public ValueTask DisposeAsync() => PoolShutdown.DisposeAsync(this);

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
