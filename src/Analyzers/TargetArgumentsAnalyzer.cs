using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0002: a call of <c>ChildProcess.Create</c>, <c>ProcessPool.Apply</c>, <c>Map</c> or any API whose target parameter
/// is marked <c>[ProcessTargetParameter]</c> that does not compile because its arguments do not match the target's
/// parameters: says which target, which parameters, what was given and how to write it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TargetArgumentsAnalyzer : ProcessUsageAnalyzer
{
    /// <summary>Set on the diagnostic when the arguments were passed separately and the fix can build the tuple.</summary>
    public const string CanBuildTupleProperty = "CanBuildTuple";

    /// <summary>Creates the analyzer.</summary>
    public TargetArgumentsAnalyzer()
        : base(DiagnosticDescriptors.TargetArgumentsMismatch)
    {
    }

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols known) =>
        start.RegisterSyntaxNodeAction(c => Analyze(c, known), SyntaxKind.InvocationExpression);

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols known)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0 || arguments.Any(a => a.NameColon is not null))
        {
            return;
        }

        // Only calls that do not bind: the compiler already rejects them, this says why in the target's terms. The
        // API is any method whose target parameter is marked [ProcessTargetParameter] (Create, Apply, Map, ...).
        var model = context.SemanticModel;
        var info = model.GetSymbolInfo(invocation, context.CancellationToken);
        if (info.Symbol is not null)
        {
            return;
        }

        var call = info.CandidateSymbols.OfType<IMethodSymbol>()
            .Select(m => TargetCall.Find(m, known, m.MethodKind == MethodKind.ReducedExtension && invocation.Expression is MemberAccessExpressionSyntax access ? model.GetTypeInfo(access.Expression, context.CancellationToken).Type : null))
            .FirstOrDefault(c => c is not null && c.TargetParameter.Ordinal < arguments.Count);
        if (call is null)
        {
            return;
        }

        var targetOrdinal = call.TargetParameter.Ordinal;
        var targetInfo = model.GetSymbolInfo(arguments[targetOrdinal].Expression, context.CancellationToken);
        var target = targetInfo.Symbol as IMethodSymbol
            ?? (targetInfo.CandidateSymbols.Length == 1 ? targetInfo.CandidateSymbols[0] as IMethodSymbol : null);
        if (target is null)
        {
            return;
        }

        if (call.EachItem)
        {
            AnalyzeEachItem(context, invocation, call, target, arguments.Skip(targetOrdinal + 1).ToList());
            return;
        }

        var parameters = TargetCall.DataParameters(target);
        var given = arguments.Skip(targetOrdinal + 1).ToList();
        var n = parameters.Length;

        // The right shape with an argument that does not bind itself: the compiler's error on that argument says it.
        var rightShape = (n == 1 && given.Count == 1)
            || (n >= 2 && given.Count == 1 && given[0].Expression is TupleExpressionSyntax t && t.Arguments.Count == n);
        if (rightShape && HasErrorType(model.GetTypeInfo(given[0].Expression, context.CancellationToken).Type))
        {
            return;
        }

        var canBuildTuple = false;
        string what;
        string advice;
        var tupleHint = "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";

        if (n == 0)
        {
            if (given.Count == 0)
            {
                return;
            }

            what = Describe(given, model, context);
            advice = "pass only the target";
        }
        else if (n == 1)
        {
            what = Describe(given, model, context);
            advice = $"pass one value of type {Type(parameters[0].Type)} after the target";
        }
        else
        {
            what = Describe(given, model, context);
            canBuildTuple = given.Count == n;
            advice = $"pass one tuple of {n} values after the target, {tupleHint}";
        }

        var location = given.Count == 0
            ? invocation.ArgumentList.GetLocation()
            : Location.Create(invocation.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(given[0].SpanStart, given[given.Count - 1].Span.End));
        var properties = canBuildTuple
            ? ImmutableDictionary<string, string?>.Empty.Add(CanBuildTupleProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.TargetArgumentsMismatch,
            location,
            properties,
            target.ContainingType.Name + "." + target.Name,
            DescribeParameters(parameters),
            what,
            advice));
    }

    // Map, Starmap, Imap: each item is the arguments of one call, so the items' type must fit the target.
    private static void AnalyzeEachItem(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, TargetCall call, IMethodSymbol target, System.Collections.Generic.List<ArgumentSyntax> given)
    {
        if (given.Count == 0)
        {
            return;
        }

        var model = context.SemanticModel;
        var itemsType = model.GetTypeInfo(given[0].Expression, context.CancellationToken).Type;
        var item = TargetCall.ItemType(itemsType);
        if (HasErrorType(itemsType) || item is null || HasErrorType(item))
        {
            return;
        }

        var parameters = TargetCall.DataParameters(target);
        var n = parameters.Length;
        var tupleHint = "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
        var advice = n switch
        {
            0 => "a target of no parameters cannot be mapped; call Apply for each run instead",
            1 => $"pass items of type {Type(parameters[0].Type)}",
            _ => $"pass items that are tuples of {n} values {tupleHint}, each the arguments of one call (Python's starmap)",
        };
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.TargetArgumentsMismatch,
            given[0].GetLocation(),
            target.ContainingType.Name + "." + target.Name,
            DescribeParameters(parameters),
            $"items of type {Type(item)} through {call.DisplayName}",
            advice));
    }

    private static string DescribeParameters(ImmutableArray<IParameterSymbol> parameters) => parameters.Length switch
    {
        0 => "no parameters",
        1 => $"1 parameter ({Type(parameters[0].Type)} {parameters[0].Name})",
        _ => $"{parameters.Length} parameters (" + string.Join(", ", parameters.Select(p => Type(p.Type) + " " + p.Name)) + ")",
    };

    private static string Describe(System.Collections.Generic.List<ArgumentSyntax> given, SemanticModel model, SyntaxNodeAnalysisContext context)
    {
        if (given.Count == 0)
        {
            return "no arguments";
        }

        if (given.Count > 1)
        {
            return $"{given.Count} separate arguments";
        }

        var expression = given[0].Expression;
        var type = model.GetTypeInfo(expression, context.CancellationToken).Type;
        var typeText = type is null or IErrorTypeSymbol ? "" : type.IsTupleType ? $" of type {Type(type)}" : $", a single {Type(type)}";
        if (expression is TupleExpressionSyntax tuple)
        {
            return $"a tuple of {tuple.Arguments.Count} values '{expression}'{(type is null or IErrorTypeSymbol ? "" : $" of type {Type(type)}")}";
        }

        return $"'{expression}'{typeText}";
    }

    private static bool HasErrorType(ITypeSymbol? type) =>
        type is null or IErrorTypeSymbol
        || (type is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Any(e => HasErrorType(e.Type)));

    private static string Type(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
