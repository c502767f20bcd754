namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0013: a <c>[ProcessTarget]</c> method group is converted to a delegate type other than its own signature, as
/// variance allows (<c>pool.Map(Types.Describe, circles)</c> binds <c>Describe(Shape)</c> to
/// <c>Func&lt;Circle, string&gt;</c>). The runtime registers each target under its own signature and would write the
/// arguments as the delegate's types, so the call compiles and then throws; this makes it a build error that gives the
/// type arguments to write.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TargetDelegateTypeAnalyzer : TargetCallAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public TargetDelegateTypeAnalyzer()
        : base(DiagnosticDescriptors.TargetDelegateTypeMismatch)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, TargetCall call, KnownSymbols known)
    {
        var compilation = context.Compilation;
        if (TargetCall.ArgumentFor(invocation, call.TargetParameter) is not { } argument
            || TargetCall.DelegateCreation(argument) is not { Type: INamedTypeSymbol delegateType, Target: IMethodReferenceOperation { Method: { IsStatic: true } method } }
            || delegateType.DelegateInvokeMethod is not { } invoke
            || !known.IsProcessTarget(method.OriginalDefinition))
        {
            return;
        }

        if (Matches(compilation, invoke, method))
        {
            return;
        }

        var advice = "pass values of the method's own parameter types";
        if (OwnTypeArguments(call, delegateType, method) is { } typeArguments)
        {
            advice += $", or give the type arguments: {call.Method.Name}<{string.Join(", ", typeArguments.Select(Display))}>(...)";
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.TargetDelegateTypeMismatch,
            argument.Syntax.GetLocation(),
            method.ContainingType.Name + "." + method.Name,
            call.DisplayName,
            Display(delegateType),
            Signature(method),
            advice));
    }

    // The runtime matches delegates by type: the delegate's parameter and return types must be the method's own,
    // up to what does not exist at run time (tuple element names, nullable reference annotations, dynamic).
    private static bool Matches(Compilation compilation, IMethodSymbol invoke, IMethodSymbol method)
    {
        if (invoke.Parameters.Length != method.Parameters.Length || invoke.ReturnsVoid != method.ReturnsVoid)
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (invoke.Parameters[i].RefKind != method.Parameters[i].RefKind
                || !compilation.ClassifyCommonConversion(method.Parameters[i].Type, invoke.Parameters[i].Type).IsIdentity)
            {
                return false;
            }
        }

        return method.ReturnsVoid || compilation.ClassifyCommonConversion(method.ReturnType, invoke.ReturnType).IsIdentity;
    }

    // The type arguments of the called API that make its target parameter the method's own delegate type, found by
    // matching the parameter's declared delegate type (Func<T, TResult>) against the method's signature.
    private static ImmutableArray<ITypeSymbol>? OwnTypeArguments(TargetCall call, INamedTypeSymbol delegateType, IMethodSymbol method)
    {
        var api = call.Method;
        if (!api.IsGenericMethod)
        {
            return null;
        }

        var declared = api.OriginalDefinition.Parameters[call.TargetParameter.Ordinal].Type as INamedTypeSymbol;
        var definition = delegateType.OriginalDefinition;
        var own = method.Parameters.Select(p => p.Type).ToList();
        if (!method.ReturnsVoid)
        {
            own.Add(method.ReturnType);
        }

        if (declared is null || definition.Arity != own.Count)
        {
            return null;
        }

        var wanted = definition.Construct(own.ToArray());
        var map = new Dictionary<ITypeParameterSymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
        Unify(declared, wanted, map);
        var result = ImmutableArray.CreateBuilder<ITypeSymbol>();
        foreach (var parameter in api.OriginalDefinition.TypeParameters)
        {
            if (!map.TryGetValue(parameter, out var type))
            {
                return null;
            }

            result.Add(type);
        }

        return result.ToImmutable();
    }

    private static void Unify(ITypeSymbol pattern, ITypeSymbol actual, Dictionary<ITypeParameterSymbol, ITypeSymbol> map)
    {
        if (pattern is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } parameter)
        {
            map[parameter] = actual;
            return;
        }

        if (pattern is INamedTypeSymbol { IsGenericType: true } named && actual is INamedTypeSymbol { IsGenericType: true } other
            && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, other.OriginalDefinition))
        {
            for (var i = 0; i < named.TypeArguments.Length; i++)
            {
                Unify(named.TypeArguments[i], other.TypeArguments[i], map);
            }
        }
    }

    private static string Signature(IMethodSymbol method) =>
        (method.ReturnsVoid ? "void" : Display(method.ReturnType)) + "(" + string.Join(", ", method.Parameters.Select(p => Display(p.Type))) + ")";

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
