namespace Multiprocessing.Orleans;

/// <summary>How a silo's answer to one cluster task ended.</summary>
public enum ClusterTaskStatus : byte
{
    /// <summary>The task ran; the payload holds its marshalled result (or a chunk's results).</summary>
    Succeeded = 0,

    /// <summary>The target threw in the silo's worker; the payload holds the worker's error report.</summary>
    TargetFailed = 1,

    /// <summary>The silo's worker process died while it held the task (<see cref="WorkerCrashedException"/>).</summary>
    WorkerCrashed = 2,

    /// <summary>The silo took no new work (its pool is closing or stopped): the task never started, and may go elsewhere.</summary>
    NotStarted = 3,

    /// <summary>The silo's pool stopped while it held the task: it may have run in part.</summary>
    Lost = 4,

    /// <summary>The silo refused the task (no such target there, a bad shared secret, a malformed request).</summary>
    Refused = 5,

    /// <summary>The task still runs: its answer is collected later (<see cref="IPoolWorkerGrain.Collect"/>).</summary>
    Running = 6,

    /// <summary>The task was cancelled in the silo's pool (<see cref="IPoolWorkerGrain.Cancel"/>, or its client stopped asking for it).</summary>
    Cancelled = 7,

    /// <summary>The silo holds no task with this ticket: its answer was collected already or dropped, or the task never arrived.</summary>
    UnknownTicket = 8,
}
