using Multiprocessing.Spawn;

namespace Multiprocessing;

/// <summary>
/// An exception that was thrown by a target in a child process, carried back to the parent.
/// </summary>
/// <remarks>
/// <para>
/// No type names are turned back into types (unlike pickle): the parent sees the child's exception as text, its
/// type's full name, its base types' names, its message, stack trace and simple <see cref="Exception.Data"/> entries.
/// Test the remote type with <see cref="Is{TException}"/>, which also matches a base type, so
/// <c>catch (RemoteProcessException ex) when (ex.Is&lt;IOException&gt;())</c> catches a remote
/// <see cref="FileNotFoundException"/>.
/// </para>
/// <para>
/// The child's inner exceptions come back too, each as a <see cref="RemoteProcessException"/> of its own:
/// <see cref="Exception.InnerException"/> is the first, <see cref="RemoteInnerExceptions"/> all of them (an
/// <see cref="AggregateException"/>'s whole list). A report is bounded: at most 16 levels, 64 exceptions, 16 inner
/// exceptions, base types and data entries each, and long messages and stack traces are cut.
/// </para>
/// <para>
/// From an <see cref="InProcessPool"/> worker the inner exception is the original exception object itself (nothing
/// crossed a process), and <see cref="RemoteInnerExceptions"/> is empty.
/// </para>
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
        RemoteBaseTypeNames = [];
        RemoteInnerExceptions = [];
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
        RemoteBaseTypeNames = RemoteErrorReport.BaseTypeNamesOf(innerException.GetType());
        RemoteInnerExceptions = [];
    }

    private RemoteProcessException(RemoteErrorReport report, RemoteProcessException[] inners, string processName, int processId)
        : base($"{report.TypeName} in child process '{processName}' (pid {processId}): {report.Message}", inners.Length > 0 ? inners[0] : null)
    {
        RemoteTypeName = report.TypeName;
        RemoteMessage = report.Message;
        RemoteStackTrace = report.StackTrace;
        ProcessName = processName;
        ProcessId = processId;
        RemoteBaseTypeNames = report.BaseTypeNames;
        RemoteInnerExceptions = inners;
        foreach (var (key, value) in report.Data)
        {
            Data[key] = value;
        }
    }

    /// <summary>The full name of the exception type thrown in the child (for example <c>System.InvalidOperationException</c>).</summary>
    public string RemoteTypeName { get; }

    /// <summary>
    /// The full names of the remote type's base types, nearest first, down to <c>System.Exception</c> (for a remote
    /// <see cref="FileNotFoundException"/>: <c>System.IO.IOException</c>, <c>System.SystemException</c>,
    /// <c>System.Exception</c>); empty when the child did not report them.
    /// </summary>
    public IReadOnlyList<string> RemoteBaseTypeNames { get; }

    /// <summary>The message of the child's exception.</summary>
    public string RemoteMessage { get; }

    /// <summary>The stack trace of the child's exception, as the child printed it.</summary>
    public string RemoteStackTrace { get; }

    /// <summary>
    /// The child's inner exceptions, each a <see cref="RemoteProcessException"/>: an <see cref="AggregateException"/>'s
    /// <see cref="AggregateException.InnerExceptions"/> (at most 16), otherwise the one
    /// <see cref="Exception.InnerException"/>, or none. The first is also this exception's
    /// <see cref="Exception.InnerException"/>.
    /// </summary>
    public IReadOnlyList<RemoteProcessException> RemoteInnerExceptions { get; }

    /// <summary>The name of the child process that threw.</summary>
    public string ProcessName { get; }

    /// <summary>The id of the child process that threw.</summary>
    public int ProcessId { get; }

    /// <inheritdoc />
    public override string? StackTrace =>
        "--- remote stack trace (child process) ---" + Environment.NewLine + RemoteStackTrace +
        Environment.NewLine + "--- local stack trace ---" + Environment.NewLine + base.StackTrace;

    /// <summary>
    /// Whether the child's exception was a <typeparamref name="TException"/> or derived from one, by full type name
    /// (<see cref="RemoteTypeName"/> or one of <see cref="RemoteBaseTypeNames"/>): the way to write
    /// <c>catch (RemoteProcessException ex) when (ex.Is&lt;InvalidDataException&gt;())</c>. It looks at this exception
    /// only; walk <see cref="RemoteInnerExceptions"/> for the inner ones.
    /// </summary>
    /// <typeparam name="TException">The exception type to test for.</typeparam>
    /// <returns>Whether the remote exception's type or one of its base types has <typeparamref name="TException"/>'s full name.</returns>
    public bool Is<TException>()
        where TException : Exception
    {
        string? name = typeof(TException).FullName;
        if (name is null)
        {
            return false;
        }

        if (string.Equals(RemoteTypeName, name, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string baseName in RemoteBaseTypeNames)
        {
            if (string.Equals(baseName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the exception, and its inner ones, from a child's error report.</summary>
    internal static RemoteProcessException FromReport(RemoteErrorReport report, string processName, int processId)
    {
        var inners = new RemoteProcessException[report.InnerExceptions.Count];
        for (int i = 0; i < inners.Length; i++)
        {
            inners[i] = FromReport(report.InnerExceptions[i], processName, processId);
        }

        return new RemoteProcessException(report, inners, processName, processId);
    }
}
