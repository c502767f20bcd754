namespace Multiprocessing.Analyzers;

/// <summary>
/// The base of the analyzers that look at one kind of operation (an invocation, a property read, an assignment): they
/// state their diagnostics, the operation kind and what to do with each such operation.
/// </summary>
/// <typeparam name="TOperation">The operation interface of the kind analyzed (<see cref="Microsoft.CodeAnalysis.Operations.IInvocationOperation"/> for <see cref="OperationKind.Invocation"/>).</typeparam>
public abstract class ProcessOperationAnalyzer<TOperation> : ProcessUsageAnalyzer
    where TOperation : class, IOperation
{
    private readonly OperationKind _kind;

    /// <summary>Creates an analyzer of the operations of <paramref name="kind"/> that reports <paramref name="supportedDiagnostics"/>.</summary>
    /// <param name="kind">The kind of operation analyzed; its operations are <typeparamref name="TOperation"/>.</param>
    /// <param name="supportedDiagnostics">The descriptors of the diagnostics the analyzer reports, first the main one.</param>
    private protected ProcessOperationAnalyzer(OperationKind kind, params DiagnosticDescriptor[] supportedDiagnostics)
        : base(supportedDiagnostics) =>
        _kind = kind;

    /// <inheritdoc />
    private protected sealed override void Register(CompilationStartAnalysisContext start, KnownSymbols known) =>
        start.RegisterOperationAction(c => Analyze(c, (TOperation)c.Operation, known), _kind);

    /// <summary>Analyzes one operation of the kind, in a compilation that references the runtime.</summary>
    /// <param name="context">The operation's context, to report diagnostics to.</param>
    /// <param name="operation">The operation, <paramref name="context"/>'s <c>Operation</c>.</param>
    /// <param name="known">The compilation's symbols.</param>
    private protected abstract void Analyze(OperationAnalysisContext context, TOperation operation, KnownSymbols known);
}
