namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0008: <c>PutNowait</c> or <c>GetNowait</c> of a runtime queue called where no enclosing <c>try</c> catches the
/// <c>QueueFullException</c> or <c>QueueEmptyException</c> it throws.
/// </summary>
/// <remarks>
/// Only a <c>try</c> of the same method, lambda or local function counts, and only when the call is in its try block
/// (not in one of its catch blocks nor its finally block). A catch of the exception, of a base of it (<c>Exception</c>),
/// a bare <c>catch</c>, or any of these with a <c>when</c> filter handles the call. The methods are matched by name on
/// any type of the runtime assembly, so queues added later are covered too.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnhandledNowaitAnalyzer : ProcessOperationAnalyzer<IInvocationOperation>
{
    /// <summary>The property that holds the metadata name of the exception the call throws.</summary>
    public const string ExceptionProperty = "Exception";

    /// <summary>The property that holds the name of the non-throwing alternative (TryPut or TryGet), when the queue has one.</summary>
    public const string AlternativeProperty = "Alternative";

    /// <summary>Creates the analyzer.</summary>
    public UnhandledNowaitAnalyzer()
        : base(OperationKind.Invocation, DiagnosticDescriptors.NowaitNotHandled)
    {
    }

    /// <inheritdoc />
    private protected override bool AppliesTo(KnownSymbols known) =>
        base.AppliesTo(known) && (known.QueueFullException is not null || known.QueueEmptyException is not null);

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, KnownSymbols known)
    {
        var method = invocation.TargetMethod;
        if (known.NowaitException(method) is not { } exception || IsCaught(invocation, exception))
        {
            return;
        }

        var isPut = method.Name == "PutNowait";
        var alternative = FindAlternative(invocation.Instance?.Type ?? method.ContainingType, method, isPut);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(ExceptionProperty, isPut ? KnownSymbols.QueueFullExceptionName : KnownSymbols.QueueEmptyExceptionName);
        if (alternative is not null)
        {
            properties.Add(AlternativeProperty, alternative);
        }

        var suggestion = alternative is null
            ? string.Empty
            : isPut ? ", or use TryPut(item, TimeSpan.Zero), which returns false instead" : ", or use TryGet(out var item, TimeSpan.Zero), which returns false instead";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NowaitNotHandled,
            invocation.Syntax.GetLocation(),
            properties.ToImmutable(),
            method.Name,
            exception.Name,
            isPut ? "full" : "empty",
            suggestion));
    }

    /// <summary>
    /// Whether a try of the same function has <paramref name="operation"/> in its try block and a catch clause that
    /// catches <paramref name="exception"/>.
    /// </summary>
    internal static bool IsCaught(IOperation operation, ITypeSymbol exception)
    {
        for (IOperation? child = operation, parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            // A lambda or local function may run anywhere, later: the try around its declaration does not guard it.
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }

            if (parent is ITryOperation @try && @try.Body == child)
            {
                foreach (var clause in @try.Catches)
                {
                    if (Catches(clause.ExceptionType, exception))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // A bare catch has the type object, the last base of every exception.
    private static bool Catches(ITypeSymbol? caught, ITypeSymbol exception)
    {
        for (var current = exception; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, caught))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "TryPut" when <paramref name="type"/> has <c>bool TryPut(T item, TimeSpan? timeout, ...)</c> (optional parameters after) for the item of
    /// <paramref name="nowait"/>, "TryGet" when it has <c>bool TryGet(out T item, TimeSpan? timeout)</c>; otherwise null.
    /// </summary>
    private static string? FindAlternative(ITypeSymbol? type, IMethodSymbol nowait, bool isPut)
    {
        var name = isPut ? "TryPut" : "TryGet";
        var item = isPut ? (nowait.Parameters.Length == 1 ? nowait.Parameters[0].Type : null) : nowait.ReturnType;
        if (item is null)
        {
            return null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IMethodSymbol { IsStatic: false, ReturnType.SpecialType: SpecialType.System_Boolean, Parameters.Length: >= 2 } candidate
                    && candidate.Parameters.Skip(2).All(static p => p.IsOptional) // a trailing CancellationToken = default
                    && candidate.Parameters[0].RefKind == (isPut ? RefKind.None : RefKind.Out)
                    && SymbolEqualityComparer.Default.Equals(candidate.Parameters[0].Type, item)
                    && IsTimeSpan(candidate.Parameters[1].Type))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static bool IsTimeSpan(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
