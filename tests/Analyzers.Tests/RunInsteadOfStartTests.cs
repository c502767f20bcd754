using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class RunInsteadOfStartTests
{
    private static readonly RunInsteadOfStartAnalyzer Analyzer = new();

    private static string Program(string body) => $$"""
        using Multiprocessing;

        public static class App
        {
            public static void Go()
            {
                {{body}}
            }
        }

        public class Worker : ChildProcess
        {
            public override void Run() => base.Run();
            public void Again() => Run();
        }
        """;

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Run(); p.Join();", "p")]
    [InlineData("ChildProcess.Create(Work.One, 5).Run();", "ChildProcess.Create(Work.One, 5)")]
    [InlineData("var w = new Worker(); w.Run();", "w")]
    [InlineData("ChildProcess? p = null; p?.Run();", "p")]
    public async Task Fires_when_Run_is_called_on_a_process(string body, string receiver)
    {
        var diagnostic = AnalyzerVerifier.Single(
            await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary),
            "MP0006");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"'{receiver}.Start()'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Join();")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });")]
    public async Task Silent_on_Start_and_other_Run_methods(string body) =>
        Assert.Empty(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public async Task Fix_replaces_Run_with_Start()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer,
            new RunToStartCodeFixProvider(),
            Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Run();\n        p.Join();"),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("p.Start();\n        p.Join();", result.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        p.Run();", "p.Start();\n        p.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        p.Run();\n        System.Console.WriteLine(p.ExitCode);", "p.Start();\n        p.Join();\n        System.Console.WriteLine(p.ExitCode);")]
    [InlineData("ChildProcess? p = ChildProcess.Create(Work.One, 5);\n        p?.Run();", "p?.Start();\n        p?.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        if (System.Environment.ProcessorCount > 0) p.Run();", "if (System.Environment.ProcessorCount > 0)\n        {\n            p.Start();\n            p.Join();\n        }")]
    public async Task Fix_joins_what_it_starts_so_that_no_other_diagnostic_follows(string body, string expected)
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new RunToStartCodeFixProvider(), Program(body), kind: OutputKind.DynamicallyLinkedLibrary, otherSources: PitfallTestSources.Targets);
        Assert.True(result.Replace("\r\n", "\n").Contains(expected, StringComparison.Ordinal), result);

        // Run() returned when the target was done: Start() alone would leave an unjoined process (MP0009) and a read
        // of ExitCode before any Join() (MP0011).
        foreach (var other in new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new UnjoinedProcessAnalyzer(), new ReadBeforeJoinAnalyzer(), new JoinInStartLoopAnalyzer() })
        {
            Assert.Empty(await AnalyzerVerifier.GetDiagnosticsAsync(other, new[] { result, PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary));
        }
    }

    [Fact]
    public async Task Fix_does_not_join_a_receiver_it_cannot_read_again()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new RunToStartCodeFixProvider(), Program("ChildProcess.Create(Work.One, 5).Run();"), kind: OutputKind.DynamicallyLinkedLibrary, otherSources: PitfallTestSources.Targets);
        Assert.Contains("ChildProcess.Create(Work.One, 5).Start();", result);
        Assert.DoesNotContain("Join", result);
    }
}
