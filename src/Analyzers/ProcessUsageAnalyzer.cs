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
            if (known.ChildProcess is null)
            {
                return;
            }

            Register(start, known);
        });
    }

    /// <summary>Registers the analyzer's actions for a compilation that references the runtime.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, KnownSymbols known);
}
