using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class DaemonAfterStartTests
{
    private static readonly DaemonAfterStartAnalyzer Analyzer = new();

    private static string Program(string body) => $$"""
        using Multiprocessing;

        public class App
        {
            private ChildProcess _worker = ChildProcess.Create(Work.None);

            public void Go(bool flag, ChildProcess other)
            {
                {{body}}
            }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Daemon = true;", "p")]
    [InlineData("_worker.Start(); _worker.Daemon = true;", "_worker")]
    [InlineData("this._worker.Start(); _worker.Daemon = false;", "_worker")]
    [InlineData("other.Start(); if (flag) { other.Daemon = true; }", "other")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); if (flag) p.Start(); p.Daemon = true;", "p")]
    public async Task Fires_when_Daemon_is_set_after_Start(string body, string variable)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0005");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"'{variable}.Daemon' is set after '{variable}.Start()'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Daemon = true; p.Start();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); var q = ChildProcess.Create(Work.One, 6); q.Daemon = true;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p = ChildProcess.Create(Work.One, 6); p.Daemon = true;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); if (flag) { p.Start(); } else { p.Daemon = true; }")]
    [InlineData("for (var i = 0; i < 2; i++) { var p = ChildProcess.Create(Work.One, i); p.Daemon = true; p.Start(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); System.Action later = () => p.Daemon = true;")]
    public async Task Silent_when_Daemon_is_set_before_Start_or_on_another_process(string body) =>
        Assert.Empty(await Run(body));

    [Fact]
    public async Task Fires_in_top_level_statements()
    {
        const string Program = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            p.Daemon = true;
            """;
        AnalyzerVerifier.Single(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program, PitfallTestSources.Targets }), "MP0005");
    }

    [Fact]
    public async Task Fix_moves_the_assignment_before_Start()
    {
        var source = Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        p.Daemon = true;\n        p.Join();");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new MoveDaemonBeforeStartCodeFixProvider(), source, kind: OutputKind.DynamicallyLinkedLibrary, otherSources: PitfallTestSources.Targets);
        Assert.Contains("var p = ChildProcess.Create(Work.One, 5);\n        p.Daemon = true;\n        p.Start();\n        p.Join();", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_moves_the_assignment_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            p.Daemon = true;
            p.Join();
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Daemon = true;
            p.Start();
            p.Join();
            """;
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new MoveDaemonBeforeStartCodeFixProvider(), Source, otherSources: PitfallTestSources.Targets);
        Assert.Equal(Expected.Replace("\r\n", "\n"), result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task No_fix_when_the_value_is_computed_after_Start()
    {
        var source = Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        var d = flag;\n        p.Daemon = d;");
        using var workspace = new AdhocWorkspace();
        Assert.Empty(await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new MoveDaemonBeforeStartCodeFixProvider(), source + "\n" + PitfallTestSources.Targets.Replace("using Multiprocessing;", ""), OutputKind.DynamicallyLinkedLibrary));
    }
}
