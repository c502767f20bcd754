using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// samples/Pitfalls is the showcase of every diagnostic: its files, compiled in-process with all the analyzers against
/// the real runtime, must raise each id of the package at least once.
/// </summary>
public class PitfallsSampleTests
{
    // What a console project's implicit usings add (the sample relies on them).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static string SampleDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sdk.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "Pitfalls");
            }
        }

        throw new InvalidOperationException("The directory with Sdk.sln was not found above " + AppContext.BaseDirectory);
    }

    private static CSharpCompilation Compile(params string[] preprocessorSymbols)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest).WithPreprocessorSymbols(preprocessorSymbols);
        var files = Directory.GetFiles(SampleDirectory(), "*.cs", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "GlobalUsings.g.cs"));
        return CSharpCompilation.Create(
            "Pitfalls",
            trees,
            LocalReferenceAssemblies.Framework.Append(LocalReferenceAssemblies.Sdk),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    [Fact]
    public void The_sample_compiles_without_compiler_errors()
    {
        var errors = Compile().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "samples/Pitfalls does not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_diagnostic_of_the_package_appears_in_the_sample()
    {
        var compilation = Compile("SHOW_COMPILER_ERRORS");
        var reported = (await compilation.WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync())
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        var expected = DiagnosticDescriptorTests.Descriptors
            .Select(d => ((DiagnosticDescriptor)d[1]).Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.All(expected, id => Assert.True(reported.Contains(id), $"samples/Pitfalls has no example of {id}; reported: {string.Join(", ", reported.OrderBy(x => x))}"));
    }

    [Fact]
    public async Task MP0008_is_reported_on_the_queue_pitfall_and_nowhere_else()
    {
        var reported = (await Compile().WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "MP0008")
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        Assert.Equal(new[] { "queue.PutNowait(i)", "queue.GetNowait()" }, reported);
    }

    [Fact]
    public async Task MP0009_is_reported_once_per_kind_and_per_pipe_end_and_nowhere_else()
    {
        var reported = (await Compile().WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "MP0009")
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage().Substring(0, d.GetMessage().IndexOf(" in '", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(
            new[]
            {
                "Process 'p' is started but never joined, awaited, closed or disposed",
                "Pool 'pool' is never disposed, closed and joined, or terminated",
                "Queue 'queue' is never closed or disposed",
                "Pipe end 'parent' is never closed or disposed",
                "Pipe end 'child' is never closed or disposed",
            },
            reported);
    }

    [Fact]
    public async Task Without_the_compiler_error_example_only_MP0002_is_missing()
    {
        var reported = (await Compile().WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync())
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticDescriptorTests.Descriptors
            .Select(d => ((DiagnosticDescriptor)d[1]).Id)
            .Where(id => !reported.Contains(id))
            .Distinct()
            .ToList();
        Assert.Equal(new[] { "MP0002" }, missing);
    }
}
