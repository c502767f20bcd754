namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0007: a <c>[ProcessTarget]</c> method, or the <c>Run()</c> override of a <c>ChildProcess</c> subclass, writes a
/// static field or property; it runs in a child process, so the parent never sees the change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticStateWriteInTargetAnalyzer : ProcessUsageAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public StaticStateWriteInTargetAnalyzer()
        : base(DiagnosticDescriptors.StaticStateWriteInTarget)
    {
    }

    /// <inheritdoc />
    private protected override bool AppliesTo(KnownSymbols known) => known.HasRuntime;

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols known) =>
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
