namespace Multiprocessing.Analyzers;

/// <summary>
/// A call of an API that takes a process target: the parameter marked <c>[ProcessTargetParameter]</c>, the argument
/// passed there and the parameter that holds the target's arguments (found by the attribute, never by method name).
/// </summary>
internal sealed class TargetCall
{
    private TargetCall(IMethodSymbol method, IParameterSymbol targetParameter, IParameterSymbol? argumentsParameter, bool eachItem, ITypeSymbol? receiver)
    {
        Method = method;
        Receiver = receiver;
        TargetParameter = targetParameter;
        ArgumentsParameter = argumentsParameter;
        EachItem = eachItem;
    }

    /// <summary>The API called (<c>ChildProcess.Create</c>, <c>ProcessPool.Map</c>, ...).</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The parameter that takes the target.</summary>
    public IParameterSymbol TargetParameter { get; }

    /// <summary>The parameter that holds the target's arguments, or null when the caller passes none.</summary>
    public IParameterSymbol? ArgumentsParameter { get; }

    /// <summary>Whether <see cref="ArgumentsParameter"/> is a sequence whose every item is the arguments of one call.</summary>
    public bool EachItem { get; }

    /// <summary>
    /// The type an extension method is called on (<c>pool.Map(...)</c> with the pools' call families, which are
    /// extension methods of <c>IProcessPool</c>), or null for a static or instance method.
    /// </summary>
    public ITypeSymbol? Receiver { get; }

    /// <summary>The name the diagnostics give the API: <c>ChildProcess.Create</c>, <c>ProcessPool.Map</c> (named after the receiver's type for an extension method).</summary>
    public string DisplayName => (Receiver ?? Method.ContainingType).Name + "." + Method.Name;

    /// <summary>The target call <paramref name="invocation"/> makes, or null when it calls no API that takes a target.</summary>
    public static TargetCall? Find(IInvocationOperation invocation, KnownSymbols known)
    {
        // An extension method's receiver is its argument 0 (the invocation has no Instance).
        ITypeSymbol? receiver = null;
        if (invocation.Instance is null && invocation.TargetMethod.IsExtensionMethod)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    receiver = Unwrap(argument.Value)?.Type;
                }
            }
        }

        return Find(invocation.TargetMethod, known, receiver);
    }

    /// <summary>The target call <paramref name="method"/> is, or null when none of its parameters takes a target.</summary>
    public static TargetCall? Find(IMethodSymbol? method, KnownSymbols known, ITypeSymbol? receiver = null)
    {
        if (method is null || known.ProcessTargetParameterAttribute is null)
        {
            return null;
        }

        var definition = method.OriginalDefinition;
        for (var i = 0; i < definition.Parameters.Length && i < method.Parameters.Length; i++)
        {
            foreach (var attribute in definition.Parameters[i].GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ProcessTargetParameterAttribute))
                {
                    continue;
                }

                var argumentsName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                var eachItem = false;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "EachItem" && named.Value.Value is bool value)
                    {
                        eachItem = value;
                    }
                }

                IParameterSymbol? arguments = null;
                foreach (var parameter in method.Parameters)
                {
                    if (argumentsName is not null && parameter.Name == argumentsName)
                    {
                        arguments = parameter;
                    }
                }

                return new TargetCall(method, method.Parameters[i], arguments, eachItem, receiver);
            }
        }

        return null;
    }

    /// <summary>The argument <paramref name="invocation"/> passes for <paramref name="parameter"/>, if written.</summary>
    public static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, IParameterSymbol? parameter)
    {
        if (parameter is null)
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The delegate creation the target argument is (a method group, lambda, ...), if it is one; for a local that is
    /// initialized with a lambda or anonymous method and never assigned again (<c>pool.Map(someLambda, items)</c>),
    /// that lambda.
    /// </summary>
    public static IDelegateCreationOperation? DelegateCreation(IArgumentOperation? target)
    {
        var value = Unwrap(target?.Value);
        if (value is ILocalReferenceOperation local)
        {
            return LambdaInitializer(local);
        }

        return value as IDelegateCreationOperation;
    }

    private static IOperation? Unwrap(IOperation? value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static IDelegateCreationOperation? LambdaInitializer(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef || reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || model.GetOperation(initializer) is not IVariableInitializerOperation { Value: var value }
            || Unwrap(value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation } creation)
        {
            return null;
        }

        // Assigned again somewhere (or passed by ref): it may hold a method group by the time of the call.
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode)declarator.SyntaxTree.GetRoot();
        foreach (var node in scope.DescendantNodes())
        {
            var written = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => argument.Expression,
                _ => null,
            };
            if (written is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                return null;
            }
        }

        return creation;
    }

    /// <summary>The method a target argument refers to when it is a method group, or null.</summary>
    public static IMethodSymbol? ReferencedMethod(IArgumentOperation? target) =>
        DelegateCreation(target)?.Target is IMethodReferenceOperation reference ? reference.Method : null;

    /// <summary>The item type of a sequence type (<c>IEnumerable&lt;T&gt;</c> or a type that implements it), or null.</summary>
    public static ITypeSymbol? ItemType(ITypeSymbol? sequence)
    {
        if (IsEnumerable(sequence as INamedTypeSymbol))
        {
            return ((INamedTypeSymbol)sequence!).TypeArguments[0];
        }

        foreach (var type in sequence?.AllInterfaces ?? default)
        {
            if (IsEnumerable(type))
            {
                return type.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsEnumerable(INamedTypeSymbol? type) =>
        type is { IsGenericType: true } && type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;

    /// <summary>
    /// The parameters of a target that take arguments: all but a <see cref="System.Threading.CancellationToken"/>, which
    /// is not marshalled (the child's own token is passed there).
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<IParameterSymbol> DataParameters(IMethodSymbol method) =>
        method.Parameters.RemoveAll(static p => IsCancellationToken(p.Type));

    /// <summary>Whether <paramref name="type"/> is <see cref="System.Threading.CancellationToken"/>.</summary>
    public static bool IsCancellationToken(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "CancellationToken", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
