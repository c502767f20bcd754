using System.Diagnostics.Tracing;

namespace Multiprocessing.Diagnostics;

/// <summary>
/// The library's diagnostics: what it cannot hand to a caller (a callback that threw, a worker that could not be
/// replaced, a manager server's message) and the pool's lifecycle. Nothing is written to the console; turn the events
/// on with <c>dotnet-trace collect --providers Multiprocessing</c>, an <see cref="EventListener"/> for the source named
/// <see cref="SourceName"/>, or the Hosting package, which forwards them to <c>ILogger</c>.
/// </summary>
/// <remarks>
/// Event ids and payload names are a contract (docs/debugging.md lists them): new events take new ids, and an event's
/// payload only grows at its end.
/// </remarks>
[EventSource(Name = SourceName)]
internal sealed class MultiprocessingEventSource : EventSource
{
    /// <summary>The source's name, as tools and listeners know it.</summary>
    internal const string SourceName = "Multiprocessing";

    /// <summary>The one instance.</summary>
    internal static readonly MultiprocessingEventSource Log = new();

    private MultiprocessingEventSource()
        : base(EventSourceSettings.EtwSelfDescribingEventFormat)
    {
    }

    /// <summary>Event ids, in one place.</summary>
    internal static class Ids
    {
        internal const int CallbackFailed = 1;
        internal const int WorkerReplacementFailed = 2;
        internal const int WorkerResultsUnreadable = 3;
        internal const int ManagerServerMessage = 4;
        internal const int CancelledTaskOverran = 5;
        internal const int ChildBootstrapFailed = 6;
        internal const int PoolStarted = 10;
        internal const int WorkerStarted = 11;
        internal const int WorkerExited = 12;
        internal const int WorkerCrashed = 13;
        internal const int PoolTerminated = 14;
        internal const int PoolStopped = 15;
    }

    /// <summary>A user callback (a pool callback, a progress report, an output callback, a manager log callback, an
    /// imap source's Dispose, a callback a target registered on its CancellationToken) threw; the library went on without it.</summary>
    /// <param name="callback">Which callback.</param>
    /// <param name="exception">The exception, as text.</param>
    [Event(Ids.CallbackFailed, Level = EventLevel.Warning, Message = "{0} threw and was ignored: {1}")]
    internal void CallbackFailed(string callback, string exception) => WriteEvent(Ids.CallbackFailed, callback, exception);

    /// <summary>A pool worker exited and no replacement could start; the pool runs with one worker fewer.</summary>
    /// <param name="worker">The worker's name.</param>
    /// <param name="reason">Why the replacement did not start.</param>
    [Event(Ids.WorkerReplacementFailed, Level = EventLevel.Error, Message = "A replacement for pool worker '{0}' could not start: {1}")]
    internal void WorkerReplacementFailed(string worker, string reason) => WriteEvent(Ids.WorkerReplacementFailed, worker, reason);

    /// <summary>A pool worker's results could not be read; the worker was stopped and its tasks failed.</summary>
    /// <param name="worker">The worker's name.</param>
    /// <param name="processId">Its pid.</param>
    /// <param name="exception">The exception, as text.</param>
    [Event(Ids.WorkerResultsUnreadable, Level = EventLevel.Error, Message = "The results of pool worker '{0}' (pid {1}) could not be read; it is stopped. {2}")]
    internal void WorkerResultsUnreadable(string worker, int processId, string exception) =>
        WriteEvent(Ids.WorkerResultsUnreadable, worker, processId, exception);

    /// <summary>A manager server wrote a message (an authentication failure, a throttled flood) and no log callback
    /// was given to <c>ProcessManager</c>.</summary>
    /// <param name="message">The message.</param>
    [Event(Ids.ManagerServerMessage, Level = EventLevel.Warning, Message = "{0}")]
    internal void ManagerServerMessage(string message) => WriteEvent(Ids.ManagerServerMessage, message);

    /// <summary>A pool task was cancelled and its target still ran after the pool's cancellation grace period (it
    /// ignores its token): its worker was killed and is replaced (<c>ProcessPoolOptions.CancellationGracePeriod</c>).</summary>
    /// <param name="worker">The worker's name.</param>
    /// <param name="processId">Its pid.</param>
    /// <param name="target">The target's id.</param>
    /// <param name="gracePeriodSeconds">The grace period, in seconds.</param>
    [Event(Ids.CancelledTaskOverran, Level = EventLevel.Warning,
        Message = "Pool worker '{0}' (pid {1}) still ran a task of {2} {3} s after it was cancelled (the target ignores its CancellationToken); the worker is killed and replaced (ProcessPoolOptions.CancellationGracePeriod)")]
    internal void CancelledTaskOverran(string worker, int processId, string target, double gracePeriodSeconds) =>
        WriteEvent(Ids.CancelledTaskOverran, worker, processId, target, gracePeriodSeconds);

    /// <summary>A spawned child could not bootstrap (connect to its parent, authenticate, read its start message, load
    /// its target's assembly) and exits with code 1. Written in the child; the child also says why on its standard error,
    /// since no listener of its own can be on yet.</summary>
    /// <param name="processId">The child's pid.</param>
    /// <param name="exception">The exception, as text.</param>
    [Event(Ids.ChildBootstrapFailed, Level = EventLevel.Error, Message = "A spawned child (pid {0}) could not bootstrap: {1}")]
    internal void ChildBootstrapFailed(int processId, string exception) => WriteEvent(Ids.ChildBootstrapFailed, processId, exception);

    /// <summary>A pool started its workers.</summary>
    /// <param name="processes">How many workers.</param>
    [Event(Ids.PoolStarted, Level = EventLevel.Informational, Message = "Process pool started with {0} worker(s)")]
    internal void PoolStarted(int processes) => WriteEvent(Ids.PoolStarted, processes);

    /// <summary>A pool worker started.</summary>
    /// <param name="worker">Its name.</param>
    /// <param name="processId">Its pid.</param>
    [Event(Ids.WorkerStarted, Level = EventLevel.Informational, Message = "Pool worker '{0}' started (pid {1})")]
    internal void WorkerStarted(string worker, int processId) => WriteEvent(Ids.WorkerStarted, worker, processId);

    /// <summary>A pool worker exited without losing a task.</summary>
    /// <param name="worker">Its name.</param>
    /// <param name="processId">Its pid.</param>
    /// <param name="exitCode">Its exit code (Python's: -N for signal N).</param>
    [Event(Ids.WorkerExited, Level = EventLevel.Verbose, Message = "Pool worker '{0}' (pid {1}) exited with code {2}")]
    internal void WorkerExited(string worker, int processId, int exitCode) => WriteEvent(Ids.WorkerExited, worker, processId, exitCode);

    /// <summary>A pool worker died holding tasks; they failed with <c>WorkerCrashedException</c>.</summary>
    /// <param name="worker">Its name.</param>
    /// <param name="processId">Its pid.</param>
    /// <param name="exitCode">Its exit code (Python's: -N for signal N).</param>
    /// <param name="tasksLost">How many tasks failed.</param>
    [Event(Ids.WorkerCrashed, Level = EventLevel.Warning, Message = "Pool worker '{0}' (pid {1}) crashed with exit code {2}; {3} task(s) it held failed")]
    internal void WorkerCrashed(string worker, int processId, int exitCode, int tasksLost) =>
        WriteEvent(Ids.WorkerCrashed, worker, processId, exitCode, tasksLost);

    /// <summary>A pool was terminated with work in flight.</summary>
    /// <param name="workers">How many workers were killed.</param>
    [Event(Ids.PoolTerminated, Level = EventLevel.Warning, Message = "Process pool terminated {0} worker(s)")]
    internal void PoolTerminated(int workers) => WriteEvent(Ids.PoolTerminated, workers);

    /// <summary>Every worker of a pool has exited.</summary>
    [Event(Ids.PoolStopped, Level = EventLevel.Informational, Message = "Process pool stopped")]
    internal void PoolStopped() => WriteEvent(Ids.PoolStopped);
}
