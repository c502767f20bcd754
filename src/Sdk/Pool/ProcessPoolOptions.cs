using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing;

/// <summary>How a <see cref="ProcessPool"/> is set up (Python's <c>Pool(processes, initializer, initargs, maxtasksperchild)</c>).</summary>
public sealed class ProcessPoolOptions
{
    private int _processes;
    private int _maxTasksPerChild;
    private StartMethod? _startMethod;

    /// <summary>The number of worker processes; 0 (the default) means <see cref="Multiprocess.CpuCount"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Processes
    {
        get => _processes;
        set => _processes = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Processes must be 0 (one per CPU) or positive.");
    }

    /// <summary>How many tasks a worker runs before it is replaced by a fresh one; 0 (the default) means no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxTasksPerChild
    {
        get => _maxTasksPerChild;
        set => _maxTasksPerChild = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxTasksPerChild must be 0 (no limit) or positive.");
    }

    /// <summary>
    /// Called when a worker starts, exits or crashes (on a thread-pool thread; keep it short). The hosting package turns
    /// these into log events.
    /// </summary>
    public Action<PoolWorkerEvent>? WorkerEvents { get; set; }

    /// <summary>
    /// When set, the workers' standard output and error no longer go to this process's console: each line is passed
    /// here instead, with the worker's name and pid (the hosting package forwards them to an ILogger).
    /// </summary>
    public Action<ChildOutputLine>? WorkerOutput { get; set; }

    /// <summary>
    /// How this pool starts its workers, including the replacements of crashed ones; null (the default) follows
    /// <see cref="Multiprocess.StartMethod"/>. <see cref="Multiprocessing.StartMethod.WarmSpawn"/> keeps
    /// <see cref="Multiprocess.SpareProcesses"/> ready spare workers while the pool runs, so that a crashed worker is
    /// replaced by a process that is already up (Python: <c>get_context('forkserver').Pool()</c>); the spares go when
    /// the pool is closed, terminated or disposed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="Multiprocessing.StartMethod"/>.</exception>
    public StartMethod? StartMethod
    {
        get => _startMethod;
        set => _startMethod = value is null || Enum.IsDefined(value.Value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Choose StartMethod.Spawn, StartMethod.WarmSpawn, or null to follow Multiprocess.StartMethod.");
    }

    /// <summary>
    /// How long a worker may go on with a task whose token was cancelled (the caller's token, see
    /// docs/cancellation.md) before it is killed and replaced; 5 s by default, <see cref="Timeout.InfiniteTimeSpan"/>
    /// to never kill. A target that honours its <see cref="CancellationToken"/> ends sooner and its worker is reused.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative (other than <see cref="Timeout.InfiniteTimeSpan"/>).</exception>
    public TimeSpan CancellationGracePeriod
    {
        get => _cancellationGracePeriod;
        set => _cancellationGracePeriod = value >= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Give a non-negative grace period, or Timeout.InfiniteTimeSpan to never kill a worker whose task was cancelled.");
    }

    private TimeSpan _cancellationGracePeriod = TimeSpan.FromSeconds(5);

    internal TargetDescriptor? Initializer { get; private set; }

    internal byte[] InitializerArguments { get; private set; } = [];

    /// <summary>Runs <paramref name="initializer"/> once in every worker when it starts (Python's <c>initializer</c>).</summary>
    /// <param name="initializer">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <returns>These options.</returns>
    public ProcessPoolOptions WithInitializer([ProcessTargetParameter] Action initializer) => SetInitializer(initializer, static _ => { });

    /// <summary>Runs <paramref name="initializer"/> with <paramref name="arg"/> once in every worker when it starts (Python's <c>initializer</c> + <c>initargs</c>).</summary>
    /// <typeparam name="T1">The type of the initializer's parameter.</typeparam>
    /// <param name="initializer">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="arg">The argument, marshalled to every worker.</param>
    /// <returns>These options.</returns>
    public ProcessPoolOptions WithInitializer<T1>([ProcessTargetParameter("arg")] Action<T1> initializer, T1 arg) => SetInitializer(initializer, w => w.Write(arg));

    /// <summary>Runs <paramref name="initializer"/> with <paramref name="args"/> once in every worker when it starts.</summary>
    /// <typeparam name="T1">The type of parameter 1.</typeparam>
    /// <typeparam name="T2">The type of parameter 2.</typeparam>
    /// <param name="initializer">A static <see cref="ProcessTargetAttribute"/> method.</param>
    /// <param name="args">The arguments, marshalled to every worker.</param>
    /// <returns>These options.</returns>
    public ProcessPoolOptions WithInitializer<T1, T2>([ProcessTargetParameter("args")] Action<T1, T2> initializer, (T1, T2) args) =>
        SetInitializer(initializer, w => { w.Write(args.Item1); w.Write(args.Item2); });

    private ProcessPoolOptions SetInitializer(Delegate initializer, Action<MarshalWriter> writeArguments)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        Initializer = TargetRegistry.Resolve(initializer);
        var writer = new MarshalWriter();
        writeArguments(writer);
        InitializerArguments = writer.ToArray();
        return this;
    }
}
