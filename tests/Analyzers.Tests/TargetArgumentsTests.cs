using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class TargetArgumentsTests
{
    private static readonly TargetArgumentsAnalyzer Analyzer = new();

    private static string Program(string call) => $$"""
        using Multiprocessing;

        public static class App
        {
            public static void Go(int n)
            {
                var p = {{call}};
                p.Start();
            }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string call, bool allowErrors = true) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(call), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary, allowCompilerErrors: allowErrors);

    [Theory]
    [InlineData("ChildProcess.Create(Work.Two, (5))", "Target 'Work.Two' takes 2 parameters (int a, string b) but was given '(5)', a single int", "(a, b)")]
    [InlineData("ChildProcess.Create(Work.Two, 5, \"x\")", "Target 'Work.Two' takes 2 parameters (int a, string b) but was given 2 separate arguments", "(a, b)")]
    [InlineData("ChildProcess.Create(Work.Three, (1, 2))", "Target 'Work.Three' takes 3 parameters (int a, int b, int c) but was given a tuple of 2 values '(1, 2)' of type (int, int)", "(a, b, c)")]
    [InlineData("ChildProcess.Create(Work.Two)", "but was given no arguments", "(a, b)")]
    [InlineData("ChildProcess.Create(Work.One)", "Target 'Work.One' takes 1 parameter (int x) but was given no arguments", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.One, 1, 2)", "but was given 2 separate arguments", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.One, \"five\")", "but was given '\"five\"', a single string", "one value of type int")]
    [InlineData("ChildProcess.Create(Work.None, 5)", "Target 'Work.None' takes no parameters but was given '5', a single int", "pass only the target")]
    public async Task Explains_arguments_that_do_not_match_the_target(string call, string message, string advice)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(call), "MP0002");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Contains(advice, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("ChildProcess.Create(Work.None)")]
    [InlineData("ChildProcess.Create(Work.One, 5)")]
    [InlineData("ChildProcess.Create(Work.Two, (5, \"x\"))")]
    [InlineData("ChildProcess.Create(Work.Three, (1, 2, n))")]
    public async Task Silent_on_right_arguments(string call) =>
        Assert.Empty(await Run(call, allowErrors: false));

    [Fact]
    public async Task Silent_when_an_argument_itself_does_not_bind() =>
        Assert.Empty(await Run("ChildProcess.Create(Work.Two, (5, undefinedName))"));

    [Fact]
    public async Task Fix_builds_the_tuple_from_separate_arguments()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer,
            new BuildArgumentsTupleCodeFixProvider(),
            Program("ChildProcess.Create(Work.Three, 1, n, 3)"),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("ChildProcess.Create(Work.Three, (1, n, 3))", result);
    }

    [Fact]
    public async Task No_fix_when_the_pieces_are_missing()
    {
        var source = Program("ChildProcess.Create(Work.Two, (5))") + "\n" + PitfallTestSources.Targets.Replace("using Multiprocessing;", "");
        Assert.Empty(await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new BuildArgumentsTupleCodeFixProvider(), source, OutputKind.DynamicallyLinkedLibrary));
    }
}
