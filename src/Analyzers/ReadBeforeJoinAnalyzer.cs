namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0011: <c>p.Result</c> or <c>p.ExitCode</c> read after <c>p.Start()</c> in the same method with nothing in between
/// that waits for the child (<c>Join</c>, <c>JoinAsync</c>, <c>GetResultAsync</c>, <c>IsAlive</c>, <c>Sentinel</c>):
/// Result throws and ExitCode is null while the child runs.
/// </summary>
/// <remarks>
/// Order is the order of the source text, within one method, lambda or local function.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadBeforeJoinAnalyzer : ProcessOperationAnalyzer<IPropertyReferenceOperation>
{
    /// <summary>Creates the analyzer.</summary>
    public ReadBeforeJoinAnalyzer()
        : base(OperationKind.PropertyReference, DiagnosticDescriptors.ReadBeforeJoin)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, IPropertyReferenceOperation read, KnownSymbols known)
    {
        var name = read.Property.Name;
        if (name is not ("Result" or "ExitCode")
            || !known.IsChildProcess(read.Property.ContainingType)
            || ProcessUses.GetVariable(read.Instance) is not { } variable)
        {
            return;
        }

        var function = ProcessUses.Function(read);
        var position = read.Syntax.SpanStart;
        var started = false;
        foreach (var use in ProcessUses.Root(read).Descendants())
        {
            if (use.Syntax.SpanStart >= position
                || use is not (IInvocationOperation or IPropertyReferenceOperation)
                || !SymbolEqualityComparer.Default.Equals(ProcessUses.GetVariable(Instance(use)), variable)
                || ProcessUses.Function(use) != function)
            {
                continue;
            }

            var member = use is IInvocationOperation invocation ? invocation.TargetMethod.Name : ((IPropertyReferenceOperation)use).Property.Name;
            if (ProcessUses.Waits(member) || member is "IsAlive" or "Sentinel")
            {
                return;
            }

            started |= member == "Start";
        }

        if (!started)
        {
            return;
        }

        var instance = read.Instance!.Syntax.ToString();
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ReadBeforeJoin,
            read.Syntax.GetLocation(),
            instance,
            name,
            name == "Result" ? "Result throws InvalidOperationException while the child is still running" : "ExitCode is null while the child is still running",
            name == "Result" ? $" (or use 'await {instance}.GetResultAsync()')" : ""));
    }

    private static IOperation? Instance(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.Instance,
        IPropertyReferenceOperation property => property.Instance,
        _ => null,
    };
}
