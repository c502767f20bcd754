namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0006: <c>Run()</c> called on a <c>ChildProcess</c> runs the target in the calling process; <c>Start()</c> was
/// meant.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RunInsteadOfStartAnalyzer : ProcessOperationAnalyzer<IInvocationOperation>
{
    /// <summary>Creates the analyzer.</summary>
    public RunInsteadOfStartAnalyzer()
        : base(OperationKind.Invocation, DiagnosticDescriptors.RunInsteadOfStart)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, KnownSymbols known)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "Run" || method.IsStatic || method.Parameters.Length != 0 || !known.IsChildProcess(method.ContainingType))
        {
            return;
        }

        // this.Run() / base.Run() inside a subclass is the subclass's own business (an override calling the base).
        if (invocation.Instance is null or IInstanceReferenceOperation)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.RunInsteadOfStart,
            invocation.Syntax.GetLocation(),
            invocation.Instance.Syntax.ToString()));
    }
}
