namespace Multiprocessing.Hosting;

/// <summary>
/// How the hosted <see cref="ProcessPool"/> is set up and run (bound from configuration, e.g. the <c>"ProcessPool"</c>
/// section, or set in <c>services.AddProcessPool(options =&gt; ...)</c>).
/// </summary>
public sealed class ProcessPoolHostOptions
{
    /// <summary>The number of worker processes; 0 (the default) means <see cref="Multiprocess.CpuCount"/>.</summary>
    public int Processes { get; set; }

    /// <summary>How many tasks a worker runs before it is replaced by a fresh one; 0 (the default) means no limit.</summary>
    public int MaxTasksPerChild { get; set; }

    /// <summary>
    /// True (the default): the host does not finish starting until every worker has answered a probe task, so the
    /// first real task never waits for a process to start. False: the workers start in the background and tasks
    /// submitted meanwhile wait for them.
    /// </summary>
    /// <remarks>With <see cref="MaxTasksPerChild"/> set, the probe would use up the workers' quota: the host then only
    /// waits until every worker process is running.</remarks>
    public bool WarmUp { get; set; } = true;

    /// <summary>How long the warm-up may take before the host's start fails with a <see cref="TimeoutException"/> (default 60 s).</summary>
    public TimeSpan WarmUpTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// True (the default): each line a worker writes to its standard output or error is logged (category
    /// <c>Multiprocessing.Worker</c>, stdout as Information, stderr as Warning) in a scope that carries the worker's
    /// <c>ProcessName</c> and <c>ProcessId</c>. False: workers write to this process's console directly.
    /// </summary>
    public bool ForwardOutput { get; set; } = true;

    /// <summary>
    /// How long the shutdown waits for submitted work before it terminates the workers. Null (the default): as long as
    /// the host's shutdown timeout (<c>HostOptions.ShutdownTimeout</c>) allows. A value can only shorten that wait.
    /// </summary>
    public TimeSpan? ShutdownGrace { get; set; }

    /// <summary>
    /// When the shutdown stops waiting for submitted work, how long the running targets get to honour their cancelled
    /// <see cref="CancellationToken"/> (a target's token parameter; see docs/cancellation.md) before the workers are
    /// terminated (default 5 s; <see cref="TimeSpan.Zero"/> terminates at once, as before).
    /// </summary>
    public TimeSpan CancellationGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sets up the underlying <see cref="ProcessPoolOptions"/> before the pool starts, e.g.
    /// <c>options.Configure = pool =&gt; pool.WithInitializer(Setup.Init)</c>. It runs after the values above are
    /// applied; the hosting package sets <see cref="ProcessPoolOptions.WorkerEvents"/> and
    /// <see cref="ProcessPoolOptions.WorkerOutput"/> after it, so that the events and output reach the logger.
    /// </summary>
    public Action<ProcessPoolOptions>? Configure { get; set; }
}
