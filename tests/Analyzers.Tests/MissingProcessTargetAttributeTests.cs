using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class MissingProcessTargetAttributeTests
{
    private static readonly NonStaticTargetAnalyzer Analyzer = new();

    private static string Program(string body) => $$"""
        using System;
        using Multiprocessing;

        public static class App
        {
            public static void Go()
            {
                {{body}}
            }

            public static void Plain(int x) { }

            public static int Compute() => 42;

            [Obsolete("old")]
            public static void Old(int x) { }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("ChildProcess.Create(Plain, 5).Start();", "App.Plain")]
    [InlineData("ChildProcess.Create(App.Compute).Start();", "App.Compute")]
    [InlineData("ChildProcess.Create(Console.WriteLine, \"hi\").Start();", "Console.WriteLine")]
    [InlineData("ChildProcess.Create(new Action<int>(Plain), 5).Start();", "App.Plain")]
    public async Task Fires_on_a_static_method_without_the_attribute(string body, string method)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0003");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{method}' is passed as a target to 'ChildProcess.Create' but is not marked [ProcessTarget]", diagnostic.GetMessage());
        Assert.Contains("ArgumentException", diagnostic.GetMessage());
        Assert.True(diagnostic.Properties.ContainsKey(NonStaticTargetAnalyzer.MissingAttributeProperty));
    }

    [Theory]
    [InlineData("ChildProcess.Create(Work.One, 5).Start();")]
    [InlineData("ChildProcess.Create(Work.Three, (1, 2, 3)).Start();")]
    [InlineData("Action<int> f = Plain; f(1);")]
    [InlineData("Action<int> target = Plain; ChildProcess.Create(target, 5).Start();")]
    public async Task Silent_on_marked_targets_and_other_uses_of_plain_methods(string body) =>
        Assert.Empty(await Run(body));

    [Fact]
    public async Task Lambdas_keep_the_non_static_message()
    {
        var diagnostic = AnalyzerVerifier.Single(await Run("ChildProcess.Create(() => Plain(1)).Start();"), "MP0003");
        Assert.Contains("a lambda", diagnostic.GetMessage());
        Assert.False(diagnostic.Properties.ContainsKey(NonStaticTargetAnalyzer.MissingAttributeProperty));
        Assert.Empty(await CodeFixVerifier.GetFixTitlesAsync(
            Analyzer,
            new AddProcessTargetAttributeCodeFixProvider(),
            Program("ChildProcess.Create(() => Plain(1)).Start();") + PitfallTestSources.Targets.Replace("using Multiprocessing;", ""),
            OutputKind.DynamicallyLinkedLibrary));
    }

    [Fact]
    public async Task Fix_adds_the_attribute_to_the_method()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer,
            new AddProcessTargetAttributeCodeFixProvider(),
            Program("ChildProcess.Create(Plain, 5).Start();"),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("\n\n    [ProcessTarget]\n    public static void Plain(int x) { }", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_adds_the_attribute_after_existing_attributes()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer,
            new AddProcessTargetAttributeCodeFixProvider(),
            Program("#pragma warning disable CS0618\n        ChildProcess.Create(Old, 5).Start();"),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("    [Obsolete(\"old\")]\n    [ProcessTarget]\n    public static void Old(int x) { }", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_keeps_the_comment_above_the_method()
    {
        const string Other = """
            public static class Helpers
            {
                // Does the work.
                public static void Work(int x) { }
            }
            """;
        const string Source = """
            using Multiprocessing;

            public static class App
            {
                public static void Go() => ChildProcess.Create(Helpers.Work, 5).Start();
            }
            """;
        using var workspace = new AdhocWorkspace();
        var titles = await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new AddProcessTargetAttributeCodeFixProvider(), Source + "\n" + Other, OutputKind.DynamicallyLinkedLibrary);
        Assert.Equal(new[] { "Add [ProcessTarget] to 'Work'" }, titles);
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new AddProcessTargetAttributeCodeFixProvider(), Source + "\n" + Other, kind: OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("    // Does the work.\n    [ProcessTarget]\n    public static void Work(int x) { }", result.Replace("\r\n", "\n"));
    }
}
