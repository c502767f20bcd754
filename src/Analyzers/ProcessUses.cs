namespace Multiprocessing.Analyzers;

/// <summary>Shared helpers of the analyzers that follow what a method does with a process variable.</summary>
internal static class ProcessUses
{
    /// <summary>The members that wait for the child (or release the process object).</summary>
    public static bool Waits(string member) => member is "Join" or "JoinAsync" or "GetResultAsync" or "Close" or "Dispose";

    /// <summary>The local, parameter or field that <paramref name="instance"/> reads, or null.</summary>
    public static ISymbol? GetVariable(IOperation? instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        _ => null,
    };

    /// <summary>The outermost operation of the method that contains <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The innermost lambda or local function around <paramref name="operation"/>, or null for the method itself.</summary>
    public static IOperation? Function(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// The member of the process used on <paramref name="reference"/> (<c>p.Join()</c>, <c>p?.Join()</c>,
    /// <c>p.ExitCode</c>): its name, or null when the reference is used otherwise (passed, returned, stored, ...).
    /// </summary>
    public static string? MemberUsed(IOperation reference)
    {
        switch (reference.Parent)
        {
            case IInvocationOperation invocation when invocation.Instance == reference:
                return invocation.TargetMethod.Name;
            case IPropertyReferenceOperation property when property.Instance == reference:
                return property.Property.Name;
            case IArgumentOperation or IConversionOperation when PoolCallOn(reference) is { } call:
                return call.TargetMethod.Name;
            case IConditionalAccessOperation conditional when conditional.Operation == reference:
                return conditional.WhenNotNull switch
                {
                    IInvocationOperation { Instance: IConditionalAccessInstanceOperation } invocation => invocation.TargetMethod.Name,
                    IPropertyReferenceOperation { Instance: IConditionalAccessInstanceOperation } property => property.Property.Name,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// A call of the pools' call family (<c>pool.Apply(...)</c>, <c>pool.Map(...)</c>: extension methods of
    /// <c>Multiprocessing.ProcessPoolExtensions</c>, whose receiver is their argument 0) on <paramref name="reference"/>, or null.
    /// </summary>
    private static IInvocationOperation? PoolCallOn(IOperation reference)
    {
        var parent = reference.Parent is IConversionOperation { IsImplicit: true } conversion ? conversion.Parent : reference.Parent;
        return parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { Instance: null } invocation }
            && invocation.TargetMethod is { IsExtensionMethod: true, ContainingType: { Name: "ProcessPoolExtensions", ContainingNamespace: { Name: "Multiprocessing", ContainingNamespace.IsGlobalNamespace: true } } }
            ? invocation
            : null;
    }

    /// <summary>A short name of the method that owns <paramref name="symbol"/>'s code, for messages.</summary>
    public static string DescribeOwner(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { Name: "<Main>$" } => "the top-level statements",
        IMethodSymbol method => method.ContainingType.Name + "." + method.Name,
        _ => symbol.Name,
    };
}
