using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.DaemonAfterStartAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.DaemonAfterStartAnalyzer, Multiprocessing.Analyzers.CodeFixes.MoveDaemonBeforeStartCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class DaemonAfterStartTests
{
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

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); {|MP0005:p.Daemon = true|};", "p")]
    [InlineData("_worker.Start(); {|MP0005:_worker.Daemon = true|};", "_worker")]
    [InlineData("this._worker.Start(); {|MP0005:_worker.Daemon = false|};", "_worker")]
    [InlineData("other.Start(); if (flag) { {|MP0005:other.Daemon = true|}; }", "other")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); if (flag) p.Start(); {|MP0005:p.Daemon = true|};", "p")]
    public Task Fires_when_Daemon_is_set_after_Start(string body, string variable) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { $"'{variable}.Daemon' is set after '{variable}.Start()'" });

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Daemon = true; p.Start();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); var q = ChildProcess.Create(Work.One, 6); q.Daemon = true;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p = ChildProcess.Create(Work.One, 6); p.Daemon = true;")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); if (flag) { p.Start(); } else { p.Daemon = true; }")]
    [InlineData("for (var i = 0; i < 2; i++) { var p = ChildProcess.Create(Work.One, i); p.Daemon = true; p.Start(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); System.Action later = () => p.Daemon = true;")]
    public Task Silent_when_Daemon_is_set_before_Start_or_on_another_process(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task Fires_in_top_level_statements()
    {
        const string Program = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            {|MP0005:p.Daemon = true|};
            """;
        return Verify.VerifyMessagesAsync(new[] { Program, PitfallTestSources.Targets }, Array.Empty<string>(), outputKind: OutputKind.ConsoleApplication);
    }

    [Fact]
    public Task Fix_moves_the_assignment_before_Start() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        {|MP0005:p.Daemon = true|};\n        p.Join();"),
            Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Daemon = true;\n        p.Start();\n        p.Join();"));

    [Fact]
    public Task Fix_moves_the_assignment_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.One, 5);
            p.Start();
            {|MP0005:p.Daemon = true|};
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
        return VerifyFix.VerifyOnlyCodeFixAsync(new[] { Source, PitfallTestSources.Targets }, Expected, "Set Daemon before Start()", OutputKind.ConsoleApplication);
    }

    [Fact]
    public async Task No_fix_when_the_value_is_computed_after_Start() =>
        Assert.Empty(await VerifyFix.GetFixTitlesAsync(
            Sources("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        var d = flag;\n        {|MP0005:p.Daemon = d|};")));
}
