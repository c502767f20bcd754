using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0006: <c>Run()</c> called on a <c>ChildProcess</c> runs the target in the calling process; <c>Start()</c> was
/// meant.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RunInsteadOfStartAnalyzer : ProcessUsageAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RunInsteadOfStart);

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols known) =>
        start.RegisterOperationAction(c => Analyze(c, known), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, KnownSymbols known)
    {
        var invocation = (IInvocationOperation)context.Operation;
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
