namespace Multiprocessing;

/// <summary>
/// An exception that was thrown by a target in a child process, carried back to the parent.
/// </summary>
/// <remarks>
/// No type names are turned back into types (unlike pickle): the parent sees the child's exception type name,
/// message and stack trace as text.
/// </remarks>
public sealed class RemoteProcessException : ProcessException
{
    /// <summary>Creates the exception from what the child reported.</summary>
    /// <param name="remoteTypeName">The full name of the exception type thrown in the child.</param>
    /// <param name="remoteMessage">The message of the child's exception.</param>
    /// <param name="remoteStackTrace">The stack trace of the child's exception, as text.</param>
    /// <param name="processName">The name of the child process.</param>
    /// <param name="processId">The id of the child process.</param>
    public RemoteProcessException(string remoteTypeName, string remoteMessage, string remoteStackTrace, string processName, int processId)
        : base($"{remoteTypeName} in child process '{processName}' (pid {processId}): {remoteMessage}")
    {
        RemoteTypeName = remoteTypeName;
        RemoteMessage = remoteMessage;
        RemoteStackTrace = remoteStackTrace;
        ProcessName = processName;
        ProcessId = processId;
    }

    /// <summary>Creates the exception for a target that threw in an <see cref="InProcessPool"/> worker thread: the original exception is the inner one.</summary>
    internal RemoteProcessException(string remoteTypeName, string remoteMessage, string remoteStackTrace, string processName, int processId, Exception innerException)
        : base($"{remoteTypeName} in in-process worker '{processName}' (pid {processId}): {remoteMessage}", innerException)
    {
        RemoteTypeName = remoteTypeName;
        RemoteMessage = remoteMessage;
        RemoteStackTrace = remoteStackTrace;
        ProcessName = processName;
        ProcessId = processId;
    }

    /// <summary>The full name of the exception type thrown in the child (for example <c>System.InvalidOperationException</c>).</summary>
    public string RemoteTypeName { get; }

    /// <summary>The message of the child's exception.</summary>
    public string RemoteMessage { get; }

    /// <summary>The stack trace of the child's exception, as the child printed it.</summary>
    public string RemoteStackTrace { get; }

    /// <summary>The name of the child process that threw.</summary>
    public string ProcessName { get; }

    /// <summary>The id of the child process that threw.</summary>
    public int ProcessId { get; }

    /// <inheritdoc />
    public override string? StackTrace =>
        "--- remote stack trace (child process) ---" + Environment.NewLine + RemoteStackTrace +
        Environment.NewLine + "--- local stack trace ---" + Environment.NewLine + base.StackTrace;
}
