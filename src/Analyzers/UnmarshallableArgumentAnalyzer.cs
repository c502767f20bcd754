using System.Globalization;

namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0004: an argument passed to <c>ChildProcess.Create</c>, <c>ProcessPool.Apply</c> or any API whose target parameter
/// is marked <c>[ProcessTargetParameter]</c> (for <c>Map</c>, <c>Starmap</c>, <c>Imap</c>: the item type) has a type that cannot be marshalled to the child (a
/// stream, a task, a delegate, an interface, <c>object</c>, ...); reported at the argument, with its type and why.
/// </summary>
/// <remarks>
/// The type checked is the one the argument is marshalled as (the target's parameter type); for a tuple of arguments
/// written as a tuple literal, each element is reported at its own expression.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmarshallableArgumentAnalyzer : TargetCallAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public UnmarshallableArgumentAnalyzer()
        : base(DiagnosticDescriptors.ArgumentNotMarshallable)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, TargetCall call, KnownSymbols known)
    {
        var compilation = context.Compilation;
        if (TargetCall.ArgumentFor(invocation, call.ArgumentsParameter) is not { Parameter: { } parameter } argument)
        {
            return;
        }

        // What the child reads is the target's parameter type (the type argument of Create can be a subtype the
        // compiler inferred from the argument, e.g. MemoryStream for a Stream parameter).
        var target = TargetCall.ReferencedMethod(TargetCall.ArgumentFor(invocation, call.TargetParameter));
        var delegateParameters = (call.TargetParameter.Type as INamedTypeSymbol)?.DelegateInvokeMethod is { } invoke ? TargetCall.DataParameters(invoke).Length : 0;
        if (call.EachItem)
        {
            // Map, Starmap, Imap: every item is the arguments of one call; report once, at the items.
            if (TargetCall.ItemType(parameter.Type) is not { } item)
            {
                return;
            }

            var itemTypes = delegateParameters > 1 && item is INamedTypeSymbol { IsTupleType: true } itemTuple
                ? itemTuple.TupleElements.Select(e => e.Type).ToArray()
                : new[] { item };
            var types = target is not null && TargetCall.DataParameters(target).Length == itemTypes.Length
                ? TargetCall.DataParameters(target).Select(p => p.Type).ToArray()
                : itemTypes;
            for (var i = 0; i < types.Length; i++)
            {
                var path = types.Length == 1 ? "each item" : "each item.Item" + (i + 1).ToString(CultureInfo.InvariantCulture);
                if (Check(context, compilation, known, argument.Value, types[i], path))
                {
                    break;
                }
            }

            return;
        }

        var value = Unwrap(argument.Value);
        if (delegateParameters > 1 && parameter.Type is INamedTypeSymbol { IsTupleType: true } tupleType)
        {
            var count = tupleType.TupleElements.Length;
            var types = target is not null && TargetCall.DataParameters(target).Length == count
                ? TargetCall.DataParameters(target).Select(p => p.Type).ToArray()
                : tupleType.TupleElements.Select(e => e.Type).ToArray();
            if (value is ITupleOperation tuple && tuple.Elements.Length == count)
            {
                for (var i = 0; i < count; i++)
                {
                    Check(context, compilation, known, tuple.Elements[i], types[i], "");
                }
            }
            else
            {
                for (var i = 0; i < count; i++)
                {
                    if (Check(context, compilation, known, argument.Value, types[i], ".Item" + (i + 1).ToString(CultureInfo.InvariantCulture)))
                    {
                        break; // one diagnostic per argument
                    }
                }
            }
        }
        else
        {
            var type = target is not null && TargetCall.DataParameters(target) is { Length: 1 } data ? data[0].Type : parameter.Type;
            Check(context, compilation, known, argument.Value, type, "");
        }
    }

    private static bool Check(OperationAnalysisContext context, Compilation compilation, KnownSymbols known, IOperation value, ITypeSymbol marshalledAs, string pathPrefix)
    {
        var rules = new MarshalRules(compilation, known.ChildProcess!.ContainingAssembly);
        if (rules.Check(marshalledAs) is not { } failure)
        {
            return false;
        }

        failure.Path = pathPrefix + failure.Path;
        var natural = pathPrefix.Length == 0 ? Unwrap(value).Type : null;
        var typeText = Display(marshalledAs);
        if (natural is not null && natural.TypeKind != TypeKind.Error && !SymbolEqualityComparer.Default.Equals(natural, marshalledAs))
        {
            typeText = $"{Display(natural)} (passed as {typeText})";
        }
        else if (pathPrefix.Length != 0)
        {
            typeText = Display(Unwrap(value).Type ?? marshalledAs);
        }

        var part = failure.Path.Length == 0 ? "" : $" (its part '{failure.Path.TrimStart('.')}' is of type {Display(failure.Type)})";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ArgumentNotMarshallable,
            value.Syntax.GetLocation(),
            value.Syntax.ToString(),
            typeText,
            part,
            failure.Reason));
        return true;
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
