using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class UnjoinedProcessTests
{
    private static readonly UnjoinedProcessAnalyzer Analyzer = new();

    private static string Program(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Multiprocessing;

        public partial class Clock : ChildProcess
        {
            public override void Run() { }
        }

        public class App
        {
            private ChildProcess? _kept;
            private readonly List<ChildProcess> _all = new();

            public async Task<ChildProcess?> Go(bool flag)
            {
                {{body}}
                await Task.CompletedTask;
                return null;
            }

            private static void Watch(ChildProcess p) { }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start();")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Name = \"w\"; p.Start(); Console.WriteLine(p.Pid);")]
    [InlineData("ChildProcess p = new Clock(); p.Daemon = true; p.Start();")]
    [InlineData("for (var i = 0; i < 3; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Terminate();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); if (flag) { p.Start(); }")]
    public async Task Fires_when_a_started_local_is_never_joined(string body)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0009");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("p", AnalyzerVerifier.SpanText(diagnostic));
        Assert.Contains("'p' is started but never joined, awaited, closed or disposed in 'App.Go'", diagnostic.GetMessage());
        Assert.Contains("'using var'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Join(TimeSpan.FromSeconds(1));")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); await p.JoinAsync();")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); Console.WriteLine(await p.GetResultAsync());")]
    [InlineData("using var p = ChildProcess.Create(Work.One, 5); p.Start();")]
    [InlineData("using (var p = ChildProcess.Create(Work.One, 5)) { p.Start(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Dispose();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p?.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); while (p.IsAlive) { }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); return p;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); _kept = p;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); _all.Add(p);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); Watch(p);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); Action later = () => p.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); var q = p; q.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Name = \"never started\";")]
    [InlineData("var ps = new List<ChildProcess>(); for (var i = 0; i < 3; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); ps.Add(p); } foreach (var p in ps) p.Join();")]
    public async Task Silent_when_joined_disposed_or_handed_on(string body) =>
        Assert.Empty(await Run(body));

    [Fact]
    public async Task Fires_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            """;
        var diagnostic = AnalyzerVerifier.Single(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Source, PitfallTestSources.Targets }), "MP0009");
        Assert.Contains("in 'the top-level statements'", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Fix_joins_after_the_last_use()
    {
        var source = Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        Console.WriteLine(p.Pid);\n        Console.WriteLine(\"done\");");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Call 'p.Join()' after its last use", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("p.Start();\n        Console.WriteLine(p.Pid);\n        p.Join();\n        Console.WriteLine(\"done\");", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_joins_in_a_loop_body()
    {
        var source = Program("for (var i = 0; i < 3; i++)\n        {\n            var p = ChildProcess.Create(Work.One, i);\n            p.Start();\n        }");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Call 'p.Join()' after its last use", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("            p.Start();\n            p.Join();\n        }", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_declares_with_using_var()
    {
        var source = Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Declare 'p' with 'using var'", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("        using var p = ChildProcess.Create(Work.One, 5);\n        p.Start();", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_works_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            System.Console.WriteLine("started");
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            p.Join();
            System.Console.WriteLine("started");
            """;
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), Source, "Call 'p.Join()' after its last use", otherSources: PitfallTestSources.Targets);
        Assert.Equal(Expected.Replace("\r\n", "\n"), result.Replace("\r\n", "\n"));
    }
}
