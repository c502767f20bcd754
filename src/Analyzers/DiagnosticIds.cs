namespace Multiprocessing.Analyzers;

/// <summary>The ids of the diagnostics this package reports; the code fixes refer to them.</summary>
internal static class DiagnosticIds
{
    /// <summary>The entry point of an app that uses processes does not start with the main guard.</summary>
    public const string MissingMainGuard = "MP0001";

    /// <summary>The args of <c>ChildProcess.Create</c> are not a tuple of the target's parameters.</summary>
    public const string TargetArgumentsMismatch = "MP0002";

    /// <summary>A lambda, anonymous method, local function or instance method is passed as a target.</summary>
    public const string NonStaticTarget = "MP0003";

    /// <summary>An argument passed to <c>ChildProcess.Create</c> has a type that cannot be marshalled.</summary>
    public const string ArgumentNotMarshallable = "MP0004";

    /// <summary><c>Daemon</c> is set after <c>Start()</c>.</summary>
    public const string DaemonAfterStart = "MP0005";

    /// <summary><c>Run()</c> is called directly where <c>Start()</c> was meant.</summary>
    public const string RunInsteadOfStart = "MP0006";

    /// <summary>A target writes a static field or property.</summary>
    public const string StaticStateWriteInTarget = "MP0007";

    /// <summary><c>PutNowait</c> or <c>GetNowait</c> is called with no try around it that catches the full or empty queue's exception.</summary>
    public const string NowaitNotHandled = "MP0008";

    /// <summary>A process is started but never joined, awaited, closed nor disposed, and does not leave the method.</summary>
    public const string ProcessNeverJoined = "MP0009";

    /// <summary>A process is joined in the same loop iteration that started it, so the children run one at a time.</summary>
    public const string JoinInStartLoop = "MP0010";

    /// <summary><c>Result</c> or <c>ExitCode</c> is read on a started process that was not joined first.</summary>
    public const string ReadBeforeJoin = "MP0011";

    /// <summary>A tuple element name of a target's arguments is not the name of the parameter at its position.</summary>
    public const string TupleElementNameMismatch = "MP0012";

    /// <summary>A target method group is converted to a delegate type other than its own signature (variance).</summary>
    public const string TargetDelegateTypeMismatch = "MP0013";
}
