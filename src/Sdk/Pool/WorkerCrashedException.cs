namespace Multiprocessing;

/// <summary>
/// A pool worker died (killed, crashed, or exited) while it held the task: the task cannot complete. The pool has
/// already started a replacement and keeps serving; Python's Pool would hang forever here.
/// </summary>
public sealed class WorkerCrashedException : ProcessException
{
    /// <summary>Creates the exception for a worker that died.</summary>
    /// <param name="workerName">The worker's process name.</param>
    /// <param name="processId">The worker's pid.</param>
    /// <param name="exitCode">The worker's exit code (negative signal number when a signal ended it).</param>
    public WorkerCrashedException(string workerName, int processId, int exitCode)
        : base($"Pool worker '{workerName}' (pid {processId}) died with {Describe(exitCode)} while it held this task. " +
               "The pool started a replacement; submit the task again if it is safe to retry.")
    {
        WorkerName = workerName;
        ProcessId = processId;
        ExitCode = exitCode;
    }

    /// <summary>The worker's process name (<c>SpawnPoolWorker-N</c>).</summary>
    public string WorkerName { get; }

    /// <summary>The worker's pid.</summary>
    public int ProcessId { get; }

    /// <summary>The worker's exit code, Python-style: negative for a signal (-9 = SIGKILL).</summary>
    public int ExitCode { get; }

    private static string Describe(int exitCode) => exitCode switch
    {
        -9 => "signal 9 (SIGKILL)",
        -15 => "signal 15 (SIGTERM)",
        -11 => "signal 11 (SIGSEGV)",
        -6 => "signal 6 (SIGABRT)",
        < 0 => $"signal {-exitCode}",
        _ => $"exit code {exitCode}",
    };
}
