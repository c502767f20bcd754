namespace Multiprocessing.Analyzers;

/// <summary>
/// The base of the analyzers that look at how processes are used: they state the diagnostics they report and register
/// their actions only in compilations that reference the Multiprocessing runtime, with its symbols looked up once per
/// compilation.
/// </summary>
public abstract class ProcessUsageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Creates an analyzer that reports <paramref name="supportedDiagnostics"/>.</summary>
    /// <param name="supportedDiagnostics">The descriptors of the diagnostics the analyzer reports, first the main one.</param>
    private protected ProcessUsageAnalyzer(params DiagnosticDescriptor[] supportedDiagnostics) =>
        SupportedDiagnostics = ImmutableArray.Create(supportedDiagnostics);

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.Create(start.Compilation);
            if (AppliesTo(known))
            {
                Register(start, known);
            }
        });
    }

    /// <summary>Whether the analyzer runs in a compilation with these symbols: by default, when it references <c>ChildProcess</c>.</summary>
    /// <param name="known">The compilation's symbols.</param>
    /// <returns>True to register the analyzer's actions.</returns>
    private protected virtual bool AppliesTo(KnownSymbols known) => known.ChildProcess is not null;

    /// <summary>Registers the analyzer's actions for a compilation that references the runtime.</summary>
    /// <param name="start">The compilation's start context.</param>
    /// <param name="known">The compilation's symbols.</param>
    private protected abstract void Register(CompilationStartAnalysisContext start, KnownSymbols known);
}
