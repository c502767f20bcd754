using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting;

/// <summary>The hosted pool's log messages (source-generated); their ids are in <see cref="ProcessPoolEventIds"/>.</summary>
internal static partial class PoolLog
{
    /// <summary>The category of the pool's own events.</summary>
    internal const string PoolCategory = "Multiprocessing.ProcessPool";

    /// <summary>The category of the lines the workers write.</summary>
    internal const string WorkerCategory = "Multiprocessing.Worker";

    private static readonly Func<ILogger, string, int, IDisposable?> s_workerScope =
        LoggerMessage.DefineScope<string, int>("ProcessName:{ProcessName} ProcessId:{ProcessId}");

    /// <summary>Opens the scope that carries a worker's name and pid.</summary>
    internal static IDisposable? WorkerScope(ILogger logger, string processName, int processId) =>
        s_workerScope(logger, processName, processId);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerStarted, EventName = "WorkerStarted", Level = LogLevel.Information,
        Message = "Pool worker {WorkerName} started (pid {ProcessId})")]
    internal static partial void WorkerStarted(ILogger logger, string workerName, int processId);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerReplaced, EventName = "WorkerReplaced", Level = LogLevel.Information,
        Message = "Pool worker {WorkerName} started (pid {ProcessId}) to replace a worker that exited")]
    internal static partial void WorkerReplaced(ILogger logger, string workerName, int processId);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerExited, EventName = "WorkerExited", Level = LogLevel.Debug,
        Message = "Pool worker {WorkerName} (pid {ProcessId}) exited with code {ExitCode}")]
    internal static partial void WorkerExited(ILogger logger, string workerName, int processId, int? exitCode);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerCrashed, EventName = "WorkerCrashed", Level = LogLevel.Warning,
        Message = "Pool worker {WorkerName} (pid {ProcessId}) crashed with exit code {ExitCode}; {TasksLost} task(s) it held failed")]
    internal static partial void WorkerCrashed(ILogger logger, string workerName, int processId, int? exitCode, int tasksLost);

    [LoggerMessage(EventId = ProcessPoolEventIds.PoolStarted, EventName = "PoolStarted", Level = LogLevel.Information,
        Message = "Process pool started: {Processes} worker(s), pids {WorkerPids}")]
    internal static partial void PoolStarted(ILogger logger, int processes, string workerPids);

    [LoggerMessage(EventId = ProcessPoolEventIds.PoolStopping, EventName = "PoolStopping", Level = LogLevel.Information,
        Message = "Process pool stopping: no new tasks; waiting for {Pending} pending task(s) and the tasks in flight on {Workers} worker(s)")]
    internal static partial void PoolStopping(ILogger logger, int pending, int workers);

    [LoggerMessage(EventId = ProcessPoolEventIds.PoolTerminated, EventName = "PoolTerminated", Level = LogLevel.Warning,
        Message = "Process pool shutdown grace ran out: terminated {Workers} worker(s); their unfinished tasks failed")]
    internal static partial void PoolTerminated(ILogger logger, int workers);

    [LoggerMessage(EventId = ProcessPoolEventIds.PoolStopped, EventName = "PoolStopped", Level = LogLevel.Information,
        Message = "Process pool stopped: every worker has exited")]
    internal static partial void PoolStopped(ILogger logger);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerOutput, EventName = "WorkerOutput", Level = LogLevel.Information, Message = "{Line}")]
    internal static partial void WorkerOutput(ILogger logger, string line);

    [LoggerMessage(EventId = ProcessPoolEventIds.WorkerError, EventName = "WorkerError", Level = LogLevel.Warning, Message = "{Line}")]
    internal static partial void WorkerError(ILogger logger, string line);
}
