using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0007: a <c>[ProcessTarget]</c> method, or the <c>Run()</c> override of a <c>ChildProcess</c> subclass, writes a
/// static field or property; it runs in a child process, so the parent never sees the change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticStateWriteInTargetAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.StaticStateWriteInTarget);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.Create(start.Compilation);
            if (!known.HasRuntime)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || !IsTarget(method, known))
                {
                    return;
                }

                block.RegisterOperationAction(
                    c => Analyze(c, method),
                    OperationKind.SimpleAssignment,
                    OperationKind.CompoundAssignment,
                    OperationKind.CoalesceAssignment,
                    OperationKind.Increment,
                    OperationKind.Decrement,
                    OperationKind.Argument);
            });
        });
    }

    private static bool IsTarget(IMethodSymbol method, KnownSymbols known) =>
        known.IsProcessTarget(method)
        || (method.IsOverride && method.Name == "Run" && method.Parameters.Length == 0 && known.IsChildProcess(method.ContainingType));

    private static void Analyze(OperationAnalysisContext context, IMethodSymbol target)
    {
        var written = context.Operation switch
        {
            IAssignmentOperation assignment => assignment.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
            _ => null,
        };

        var (kind, member) = written switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } => ("field", (ISymbol)field),
            IPropertyReferenceOperation { Property.IsStatic: true } property => ("property", property.Property),
            _ => (null, null),
        };
        if (kind is null || member is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.StaticStateWriteInTarget,
            written!.Syntax.GetLocation(),
            target.ContainingType.Name + "." + target.Name,
            kind,
            member.ContainingType.Name + "." + member.Name));
    }
}
