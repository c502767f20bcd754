namespace Multiprocessing;

/// <summary>What happened to a pool worker.</summary>
public enum PoolWorkerEventKind
{
    /// <summary>A worker process was started (at pool start, or to replace one that exited).</summary>
    Started,

    /// <summary>A worker exited as planned (pool closed or terminated, or its task quota was used up).</summary>
    Exited,

    /// <summary>A worker died while it held tasks; they failed with <see cref="WorkerCrashedException"/>.</summary>
    Crashed,
}
