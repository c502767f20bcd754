namespace Multiprocessing.Analyzers;

/// <summary>
/// The base of the analyzers of a call that takes a process target (MP0003, MP0004, MP0012, MP0013): it looks at each
/// invocation once, finds what makes it a target call (<see cref="TargetCall.Find(IInvocationOperation, KnownSymbols)"/>:
/// the parameter marked <c>[ProcessTargetParameter]</c>, never a method name) and hands the analyzer only the calls
/// that are.
/// </summary>
public abstract class TargetCallAnalyzer : ProcessOperationAnalyzer<IInvocationOperation>
{
    /// <summary>Creates the analyzer.</summary>
    /// <param name="supportedDiagnostics">What it reports.</param>
    private protected TargetCallAnalyzer(params DiagnosticDescriptor[] supportedDiagnostics)
        : base(OperationKind.Invocation, supportedDiagnostics)
    {
    }

    /// <inheritdoc />
    private protected sealed override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, KnownSymbols known)
    {
        if (TargetCall.Find(invocation, known) is { } call)
        {
            Analyze(context, invocation, call, known);
        }
    }

    /// <summary>Analyzes one call that takes a process target.</summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="invocation">The call.</param>
    /// <param name="call">Its target parameter, arguments parameter and receiver.</param>
    /// <param name="known">The compilation's known symbols.</param>
    private protected abstract void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, TargetCall call, KnownSymbols known);
}
