using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators.Tests;

/// <summary>The result of one generator run.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<(string HintName, string Source)> Sources);

/// <summary>Drives <see cref="ProcessTargetGenerator"/> over in-memory compilations that reference the real SDK.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        paths["Multiprocessing"] = typeof(ChildProcess).Assembly.Location;
        paths.Remove("Multiprocessing.Generators");
        paths.Remove("Multiprocessing.Generators.Tests");
        return paths.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private static int s_counter;

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTest" + Interlocked.Increment(ref s_counter),
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                deterministic: true,
                // As the .NET SDK does (its default NoWarn): MemoryPack.Core references System.Memory 8.0, unified with 10.0.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ProcessTargetGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(CreateDriver(), CreateCompilation(sources));

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GeneratorRun(driver, compilation, output, diagnostics, sources);
    }

    /// <summary>Runs the generator and checks that it reports nothing and that the output compiles without warnings.</summary>
    public static GeneratorRun RunClean(params string[] sources)
    {
        var run = Run(sources);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "Generator diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics));
        AssertCompilesCleanly(run.Output);
        return run;
    }

    public static void AssertCompilesCleanly(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(problems.Count == 0, "Compilation problems:\n" + string.Join("\n", problems.Select(p => p.ToString() + " in:\n" + p.Location.SourceTree?.ToString())));
    }

    /// <summary>Emits and loads a compilation, and runs its module initializer (the generated registrations).</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        // Multiprocessing resolves to the test's own copy (the default context), so registries are shared.
        var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: false);
        var assembly = context.LoadFromStream(stream);
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return assembly;
    }

    /// <summary>Calls a public static method of the loaded test code.</summary>
    public static object? Call(Assembly assembly, string type, string method, params object?[] args) =>
        assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, args);
}
