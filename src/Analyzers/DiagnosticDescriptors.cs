namespace Multiprocessing.Analyzers;

/// <summary>Every diagnostic descriptor of the package, in one place.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of every diagnostic of the package.</summary>
    public const string Category = "Multiprocessing";

    /// <summary>The base of every help link: the id and <c>.md</c> are appended.</summary>
    public const string HelpLinkBase = "https://github.com/multiprocessing-dotnet/multiprocessing/blob/main/docs/diagnostics/";

    /// <summary>MP0001, the entry point has no main guard.</summary>
    public static readonly DiagnosticDescriptor MissingMainGuard = new(
        DiagnosticIds.MissingMainGuard,
        title: "The entry point must start with the main guard",
        messageFormat: "{0} starts child processes but does not call Multiprocess.MainGuard(); {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every child process is a new run of the same application. The main guard, the first statement of Main or of the top-level statements, is where a child picks up its target (Python's 'if __name__ == \"__main__\":'). Without it a JIT-compiled app falls back to the SDK's child host, which starts every child more slowly and needs the 'dotnet' host and the app's .deps.json; a NativeAOT app (PublishAot) has no child host, so there the diagnostic is an error.",
        helpLinkUri: HelpLink(DiagnosticIds.MissingMainGuard),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MP0001, the main guard is there but not the first statement.</summary>
    public static readonly DiagnosticDescriptor MainGuardNotFirst = new(
        DiagnosticIds.MissingMainGuard,
        title: "The entry point must start with the main guard",
        messageFormat: "Multiprocess.MainGuard() is not the first statement of {0}: the code before it runs again in every child process; move the guard to the top",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every child process is a new run of the same application and executes everything before the main guard; only the guard as the first statement keeps the children from repeating the parent's work.",
        helpLinkUri: HelpLink(DiagnosticIds.MissingMainGuard),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MP0002, the args are not a tuple of the target's parameters.</summary>
    public static readonly DiagnosticDescriptor TargetArgumentsMismatch = new(
        DiagnosticIds.TargetArgumentsMismatch,
        title: "The arguments must match the target's parameters",
        messageFormat: "Target '{0}' takes {1} but was given {2}; {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "ChildProcess.Create, ProcessPool.Apply and every API that takes a target take the target and its arguments: nothing for a target without parameters, the value itself for one parameter, and one tuple holding every argument in order for two or more (Python's args=(a, b)).",
        helpLinkUri: HelpLink(DiagnosticIds.TargetArgumentsMismatch));

    /// <summary>MP0003, the target is not a static method.</summary>
    public static readonly DiagnosticDescriptor NonStaticTarget = new(
        DiagnosticIds.NonStaticTarget,
        title: "A process target must be a static method",
        messageFormat: "The target passed to '{0}' is {1}, which a child process cannot find; move the code into a static method marked [ProcessTarget] and pass that method",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A child process is a new run of the application: it finds its target by a stable id that only static [ProcessTarget] methods have. Lambdas, anonymous methods, local functions and instance methods capture state of the parent that does not exist in the child (Python's \"Can't pickle local object\").",
        helpLinkUri: HelpLink(DiagnosticIds.NonStaticTarget));

    /// <summary>MP0003, a static method without <c>[ProcessTarget]</c> passed as a target.</summary>
    public static readonly DiagnosticDescriptor MissingProcessTargetAttribute = new(
        DiagnosticIds.NonStaticTarget,
        title: "A process target must be marked [ProcessTarget]",
        messageFormat: "'{0}' is passed as a target to '{1}' but is not marked [ProcessTarget]: a child process cannot find it and '{1}' throws ArgumentException; add [ProcessTarget] to the method",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A child process finds its target by the stable id that the source generator gives only to static methods marked [ProcessTarget]; any other method is rejected at run time (Python's \"Can't get attribute\" when the child cannot look the target up).",
        helpLinkUri: HelpLink(DiagnosticIds.NonStaticTarget));

    /// <summary>MP0004, an argument whose type cannot be marshalled.</summary>
    public static readonly DiagnosticDescriptor ArgumentNotMarshallable = new(
        DiagnosticIds.ArgumentNotMarshallable,
        title: "An argument of a process must be marshallable",
        messageFormat: "The argument '{0}' of type {1} cannot be marshalled to the child process{2}: {3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The arguments of ChildProcess.Create, ProcessPool.Apply and the items of Map, Starmap and Imap are copied into the child as bytes: primitives, enums, unmanaged structs, strings, arrays, List<T>, Dictionary<TKey, TValue>, HashSet<T>, the read-only and immutable collections, Uri, Version, BigInteger, nullables, tuples and records or classes built from those (the generator's own rules, one source file). Streams, tasks, threads, handles, delegates, other interfaces, abstract classes nothing derives from and 'object' have no meaning in another process (Python's \"TypeError: cannot pickle '_io.TextIOWrapper' object\").",
        helpLinkUri: HelpLink(DiagnosticIds.ArgumentNotMarshallable));

    /// <summary>MP0005, <c>Daemon</c> set after <c>Start()</c>.</summary>
    public static readonly DiagnosticDescriptor DaemonAfterStart = new(
        DiagnosticIds.DaemonAfterStart,
        title: "Set Daemon before Start()",
        messageFormat: "'{0}.Daemon' is set after '{0}.Start()': this throws InvalidOperationException at run time; set Daemon before calling Start()",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Whether a child is a daemon is decided when it starts; setting Daemon afterwards throws, as Python's 'process has already started' assertion does.",
        helpLinkUri: HelpLink(DiagnosticIds.DaemonAfterStart));

    /// <summary>MP0006, <c>Run()</c> called directly.</summary>
    public static readonly DiagnosticDescriptor RunInsteadOfStart = new(
        DiagnosticIds.RunInsteadOfStart,
        title: "Call Start(), not Run(), to run a process",
        messageFormat: "'{0}.Run()' runs the target in this process, not in a child; call '{0}.Start()' (then Join()) to run it in a child process",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Run() is the code the child executes; calling it directly runs the target synchronously in the parent, and a later Join() fails because the process was never started.",
        helpLinkUri: HelpLink(DiagnosticIds.RunInsteadOfStart));

    /// <summary>MP0007, a target writes static state.</summary>
    public static readonly DiagnosticDescriptor StaticStateWriteInTarget = new(
        DiagnosticIds.StaticStateWriteInTarget,
        title: "A process target should not write static state",
        messageFormat: "'{0}' writes the static {1} '{2}', but it runs in a child process with its own copy: the parent never sees the change; return the value, or share it through a SharedValue<T>, a ProcessQueue<T> or a pipe",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Processes do not share memory. A static field written by a target changes only the child's copy and is lost when the child exits, as a Python global written in a child process is.",
        helpLinkUri: HelpLink(DiagnosticIds.StaticStateWriteInTarget));

    /// <summary>MP0008, <c>PutNowait</c> or <c>GetNowait</c> whose exception nothing around the call catches.</summary>
    public static readonly DiagnosticDescriptor NowaitNotHandled = new(
        DiagnosticIds.NowaitNotHandled,
        title: "Handle a full or empty queue around PutNowait and GetNowait",
        messageFormat: "{0} throws {1} when the queue is {2}, and nothing here catches it: catch {1}{3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "PutNowait and GetNowait never wait: when the queue is full (or empty) they throw QueueFullException (or QueueEmptyException), as Python's put_nowait and get_nowait raise queue.Full and queue.Empty. A call with no try around it that catches the exception works until the first time the queue is full or empty; then the caller fails, and the item it meant to put is lost to its logic. Catch the exception where the call is, or use TryPut/TryGet with TimeSpan.Zero, which return false instead of throwing.",
        helpLinkUri: HelpLink(DiagnosticIds.NowaitNotHandled));

    /// <summary>
    /// MP0009, a process, pool, queue or pipe end created in a method and never released there (a started process never
    /// joined, a pool never disposed, closed and joined, or terminated, a queue or pipe end never closed). The arguments:
    /// the kind ("Process", "Pool", "Queue", "Pipe end"), the variable, what was never done, the method, what it costs,
    /// and what to call.
    /// </summary>
    public static readonly DiagnosticDescriptor ProcessNeverJoined = new(
        DiagnosticIds.ProcessNeverJoined,
        title: "Join or dispose every process, pool, queue and pipe you create",
        messageFormat: "{0} '{1}' {2} in '{3}', and it does not leave the method: {4}; {5}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A started child runs on its own until someone joins it, a pool's workers run until the pool is disposed, closed and joined, or terminated, and a queue or pipe end holds shared memory until it is closed. One that is only held by a local and never released there leaks: a child's failure goes unnoticed and its OS resources are held until the parent exits (Python's zombie processes and 'ResourceWarning: process ... is still running'), a pool's worker processes outlive the method (Python's Pool() without 'with' or close() and join()), and a queue's buffer stays mapped with whatever is left in it.",
        helpLinkUri: HelpLink(DiagnosticIds.ProcessNeverJoined));

    /// <summary>MP0010, a process joined in the loop iteration that started it.</summary>
    public static readonly DiagnosticDescriptor JoinInStartLoop = new(
        DiagnosticIds.JoinInStartLoop,
        title: "Start all processes, then join them all",
        messageFormat: "'{0}' waits for the child that was started in the same loop iteration, so the children run one after another instead of in parallel; start them all in this loop, keep them in a list, and join them in a second loop",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Join() blocks until the child exits. Called right after Start() inside the loop that creates the processes, it makes every iteration wait for its child before the next one starts: the work is serialized and the processes buy nothing (Python's 'p.start(); p.join()' in one loop).",
        helpLinkUri: HelpLink(DiagnosticIds.JoinInStartLoop));

    /// <summary>MP0011, <c>Result</c> or <c>ExitCode</c> read before the process is joined.</summary>
    public static readonly DiagnosticDescriptor ReadBeforeJoin = new(
        DiagnosticIds.ReadBeforeJoin,
        title: "Join a process before reading its Result or ExitCode",
        messageFormat: "'{0}.{1}' is read after '{0}.Start()' but before the child was joined: {2}; call '{0}.Join()' first{3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Start() returns as soon as the child is spawned. Until the child has exited, ExitCode is null and Result throws InvalidOperationException; join the process (or await GetResultAsync()) before reading them (Python's 'exitcode is None' right after start()).",
        helpLinkUri: HelpLink(DiagnosticIds.ReadBeforeJoin));

    /// <summary>MP0001's second argument for a JIT-compiled app: what the child-host fallback costs.</summary>
    public const string MissingMainGuardJitConsequence =
        "its children then start through the SDK's child host instead of re-launching the app, which is slower (about a third more start-up per child) and works only where the 'dotnet' host, the app's .deps.json and Multiprocessing.ChildHost.dll are present (never under NativeAOT or single-file publishing); add 'Multiprocess.MainGuard();' as its first statement";

    /// <summary>MP0001's second argument for a NativeAOT app (<c>PublishAot</c>), where it is an error.</summary>
    public const string MissingMainGuardAotConsequence =
        "a NativeAOT app (PublishAot) has no child host, so its children can only run their targets at the guard and ChildProcess.Start() would throw; add 'Multiprocess.MainGuard();' as its first statement";

    /// <summary>MP0012, a tuple element name that is not the name of the target's parameter at that position.</summary>
    public static readonly DiagnosticDescriptor TupleElementNameMismatch = new(
        DiagnosticIds.TupleElementNameMismatch,
        title: "Tuple element names do not name the target's parameters",
        messageFormat: "The tuple element '{0}' is passed to parameter {1} '{2}' of '{3}': the arguments are matched by position, not by name; {4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The arguments of a target with two or more parameters are one tuple whose elements go to the parameters in order. C# has no keyword arguments here (Python's kwargs=): a tuple element name is only a comment, and a name that is not the parameter's at that position means the value is not going where the name says.",
        helpLinkUri: HelpLink(DiagnosticIds.TupleElementNameMismatch));

    /// <summary>MP0013, a target method group converted to a delegate type other than its own signature.</summary>
    public static readonly DiagnosticDescriptor TargetDelegateTypeMismatch = new(
        DiagnosticIds.TargetDelegateTypeMismatch,
        title: "A process target must be passed as its own signature",
        messageFormat: "'{0}' is passed to '{1}' as {2}, but its own signature is {3}: a child process finds a target only by the delegate of its own signature, so '{1}' throws ArgumentException; {4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "C# converts a method group to a delegate whose parameter types are more derived (or whose return type is less derived) than the method's own (variance): Describe(Shape) becomes a Func<Circle, string> when the items are circles. The runtime registers each [ProcessTarget] under its own signature, and the arguments travel as the delegate's types, which the child would not read as the method's; pass values of the parameter types or give the call's type arguments explicitly.",
        helpLinkUri: HelpLink(DiagnosticIds.TargetDelegateTypeMismatch));

    private static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
