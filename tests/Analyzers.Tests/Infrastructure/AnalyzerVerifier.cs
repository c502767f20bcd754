using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>Compiles test sources against the stand-in runtime and runs an analyzer over them.</summary>
internal static class AnalyzerVerifier
{
    /// <summary>The parse options of every test source.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Compiles <paramref name="sources"/> (file names Program.cs, File1.cs, ...).</summary>
    public static CSharpCompilation Compile(
        IEnumerable<string> sources, OutputKind kind = OutputKind.ConsoleApplication, bool withSdk = true)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, i == 0 ? "Program.cs" : $"File{i}.cs"));
        return CSharpCompilation.Create(
            "TestApp",
            trees,
            withSdk ? References.WithSdk : References.Framework,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// The analyzer's diagnostics on <paramref name="sources"/>, sorted by position; asserts first that the sources
    /// compile without errors unless <paramref name="allowCompilerErrors"/>.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        DiagnosticAnalyzer analyzer,
        IEnumerable<string> sources,
        OutputKind kind = OutputKind.ConsoleApplication,
        bool withSdk = true,
        bool allowCompilerErrors = false,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var compilation = Compile(sources, kind, withSdk);
        if (!allowCompilerErrors)
        {
            AssertNoErrors(compilation);
        }

        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new TestAnalyzerConfigOptionsProvider(globalOptions ?? new Dictionary<string, string>()));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The analyzer's diagnostics on one source.</summary>
    public static Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        DiagnosticAnalyzer analyzer, string source, OutputKind kind = OutputKind.ConsoleApplication, bool withSdk = true, bool allowCompilerErrors = false) =>
        GetDiagnosticsAsync(analyzer, new[] { source }, kind, withSdk, allowCompilerErrors);

    /// <summary>Asserts that <paramref name="compilation"/> has no error diagnostics.</summary>
    public static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>Asserts exactly one diagnostic with <paramref name="id"/>, and returns it.</summary>
    public static Diagnostic Single(ImmutableArray<Diagnostic> diagnostics, string id)
    {
        Assert.True(diagnostics.Length == 1, $"Expected one {id}, got:\n" + string.Join("\n", diagnostics));
        Assert.Equal(id, diagnostics[0].Id);
        return diagnostics[0];
    }

    /// <summary>The source text the diagnostic points at.</summary>
    public static string SpanText(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
