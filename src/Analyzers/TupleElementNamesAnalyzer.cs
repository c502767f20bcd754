using System.Globalization;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0012: the arguments tuple of a target call names its elements, and a name is not the name of the target's
/// parameter at that position (Python's keyword arguments written as <c>(who: "bob", times: 3)</c>): the values go
/// by position, so the name is at best misleading.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class TupleElementNamesAnalyzer : TargetCallAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public TupleElementNamesAnalyzer()
        : base(DiagnosticDescriptors.TupleElementNameMismatch)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, TargetCall call, KnownSymbols known)
    {
        if (call.EachItem
            || TargetCall.ReferencedMethod(TargetCall.ArgumentFor(invocation, call.TargetParameter)) is not { Parameters.Length: > 1 } target
            || TargetCall.ArgumentFor(invocation, call.ArgumentsParameter) is not { } argument)
        {
            return;
        }

        var value = argument.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value.Syntax is not TupleExpressionSyntax tuple || tuple.Arguments.Count != TargetCall.DataParameters(target).Length)
        {
            return;
        }

        var names = TargetCall.DataParameters(target).Select(p => p.Name).ToList();
        for (var i = 0; i < tuple.Arguments.Count; i++)
        {
            if (tuple.Arguments[i].NameColon is not { } nameColon)
            {
                continue;
            }

            var name = nameColon.Name.Identifier.ValueText;
            var parameter = TargetCall.DataParameters(target)[i];
            if (name == parameter.Name)
            {
                continue;
            }

            var other = names.IndexOf(name);
            var advice = other >= 0
                ? $"'{name}' is parameter {(other + 1).ToString(CultureInfo.InvariantCulture)}: write the values in the order of the parameters, ({string.Join(", ", names)})"
                : $"name the element '{parameter.Name}' or drop the name";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TupleElementNameMismatch,
                nameColon.Name.GetLocation(),
                name,
                (i + 1).ToString(CultureInfo.InvariantCulture),
                parameter.Name,
                target.ContainingType.Name + "." + target.Name,
                advice));
        }
    }
}
