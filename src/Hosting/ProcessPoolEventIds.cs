namespace Multiprocessing.Hosting;

/// <summary>The event ids of the hosted pool's log messages (for filtering and alerting).</summary>
public static class ProcessPoolEventIds
{
    /// <summary>A worker process started with the pool (Information).</summary>
    public const int WorkerStarted = 1;

    /// <summary>A worker exited as planned: pool closed or terminated, or its task quota used up (Debug).</summary>
    public const int WorkerExited = 2;

    /// <summary>A worker died unexpectedly; the tasks it held failed with <see cref="WorkerCrashedException"/> (Warning).</summary>
    public const int WorkerCrashed = 3;

    /// <summary>The host is stopping: the pool takes no new tasks and waits for the submitted ones (Information).</summary>
    public const int PoolStopping = 4;

    /// <summary>The shutdown grace ran out: the workers were terminated and unfinished tasks failed (Warning).</summary>
    public const int PoolTerminated = 5;

    /// <summary>A worker started to replace one that exited or crashed (Information).</summary>
    public const int WorkerReplaced = 6;

    /// <summary>The pool started and, with warm-up, every worker answered (Information).</summary>
    public const int PoolStarted = 7;

    /// <summary>Every worker has exited after the host stopped (Information).</summary>
    public const int PoolStopped = 8;

    /// <summary>A line a worker wrote to its standard output (Information, category <c>Multiprocessing.Worker</c>).</summary>
    public const int WorkerOutput = 10;

    /// <summary>A line a worker wrote to its standard error (Warning, category <c>Multiprocessing.Worker</c>).</summary>
    public const int WorkerError = 11;

    /// <summary>
    /// A library diagnostic from the <c>Multiprocessing</c> event source (a callback that threw and was ignored, a
    /// worker that could not be replaced or whose results could not be read, a manager server's message), logged under
    /// category <c>Multiprocessing</c> with this id plus the event's own id (1-9; see docs/debugging.md).
    /// </summary>
    public const int LibraryEventBase = 100;
}
