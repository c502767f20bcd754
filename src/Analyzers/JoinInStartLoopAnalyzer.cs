namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0010: <c>p.Join()</c> (or <c>await p.JoinAsync()</c> / <c>await p.GetResultAsync()</c>) in the same loop body
/// that called <c>p.Start()</c> before it: every iteration waits for its child, so the children run one at a time.
/// </summary>
/// <remarks>
/// <c>Join(timeout)</c> is not reported (a bounded wait is a deliberate choice), nor is a <c>JoinAsync()</c> task that
/// is not awaited on the spot (collected for a later <c>Task.WhenAll</c>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JoinInStartLoopAnalyzer : ProcessOperationAnalyzer<IInvocationOperation>
{
    /// <summary>Creates the analyzer.</summary>
    public JoinInStartLoopAnalyzer()
        : base(OperationKind.Invocation, DiagnosticDescriptors.JoinInStartLoop)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation join, KnownSymbols known)
    {
        var method = join.TargetMethod;
        var waits = method.Name switch
        {
            "Join" => method.Parameters.Length == 0,
            "JoinAsync" or "GetResultAsync" => IsAwaitedHere(join),
            _ => false,
        };
        if (!waits || !known.IsChildProcess(method.ContainingType) || ProcessUses.GetVariable(join.Instance) is not { } variable)
        {
            return;
        }

        var loop = InnermostLoop(join);
        if (loop is null)
        {
            return;
        }

        var startedInLoop = loop.Body.DescendantsAndSelf().OfType<IInvocationOperation>().Any(start =>
            start.TargetMethod is { Name: "Start", Parameters.Length: 0 }
            && known.IsChildProcess(start.TargetMethod.ContainingType)
            && start.Syntax.SpanStart < join.Syntax.SpanStart
            && SymbolEqualityComparer.Default.Equals(ProcessUses.GetVariable(start.Instance), variable)
            && InnermostLoop(start) == loop);
        if (!startedInLoop)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JoinInStartLoop, join.Syntax.GetLocation(), join.Syntax.ToString()));
    }

    private static bool IsAwaitedHere(IInvocationOperation invocation)
    {
        var parent = invocation.Parent;
        if (parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == invocation)
        {
            parent = configure.Parent;
        }

        return parent is IAwaitOperation;
    }

    private static ILoopOperation? InnermostLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop:
                    return loop;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }
}
