namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0003: the target of <c>ChildProcess.Create</c>, <c>ProcessPool.Apply</c>, <c>Map</c> and every other API whose
/// target parameter is marked <c>[ProcessTargetParameter]</c> must be a static method; a lambda, anonymous method, local
/// function or instance method cannot be found by a child process (Python's "Can't pickle local object"); nor can a
/// static method that is not marked <c>[ProcessTarget]</c> (the runtime rejects it with ArgumentException).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonStaticTargetAnalyzer : TargetCallAnalyzer
{
    /// <summary>Set on the diagnostic when the target is a static method that only lacks <c>[ProcessTarget]</c>.</summary>
    public const string MissingAttributeProperty = "MissingProcessTargetAttribute";

    private static readonly ImmutableDictionary<string, string?> s_missingAttribute =
        ImmutableDictionary<string, string?>.Empty.Add(MissingAttributeProperty, "true");

    /// <summary>Creates the analyzer.</summary>
    public NonStaticTargetAnalyzer()
        : base(DiagnosticDescriptors.NonStaticTarget, DiagnosticDescriptors.MissingProcessTargetAttribute)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, TargetCall call, KnownSymbols known)
    {
        if (TargetCall.ArgumentFor(invocation, call.TargetParameter) is not { } argument
            || argument.Parameter?.Type.TypeKind != TypeKind.Delegate
            || TargetCall.DelegateCreation(argument) is not { } creation)
        {
            return;
        }

        var what = creation.Target switch
        {
            IAnonymousFunctionOperation { Syntax: AnonymousMethodExpressionSyntax } => "an anonymous method",
            IAnonymousFunctionOperation => "a lambda",
            IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference => $"the local function '{reference.Method.Name}'",
            IMethodReferenceOperation { Method.IsStatic: false } reference =>
                $"the instance method '{reference.Method.ContainingType.Name}.{reference.Method.Name}'",
            _ => null,
        };
        if (what is null
            && creation.Target is IMethodReferenceOperation { Method: { IsStatic: true, MethodKind: MethodKind.Ordinary } method }
            && known.ProcessTargetAttribute is not null
            && !known.IsProcessTarget(method.OriginalDefinition))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MissingProcessTargetAttribute,
                argument.Syntax.GetLocation(),
                s_missingAttribute,
                method.ContainingType.Name + "." + method.Name,
                call.DisplayName));
        }
        else if (what is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NonStaticTarget,
                argument.Syntax.GetLocation(),
                call.DisplayName,
                what));
        }
    }
}
