using Microsoft.CodeAnalysis.Diagnostics;

namespace Multiprocessing.Analyzers;

/// <summary>
/// The base of the analyzers that look at how processes are used: they run only in compilations that reference the
/// Multiprocessing runtime, with its symbols looked up once per compilation.
/// </summary>
public abstract class ProcessUsageAnalyzer : DiagnosticAnalyzer
{
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
    private protected abstract void Register(CompilationStartAnalysisContext start, KnownSymbols known);
}
