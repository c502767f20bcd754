using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.UnjoinedProcessAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.UnjoinedProcessAnalyzer, Multiprocessing.Analyzers.CodeFixes.JoinProcessCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class UnjoinedProcessTests
{
    private const string JoinKey = "JoinProcessCodeFixProvider.Release";
    private const string UsingKey = "JoinProcessCodeFixProvider.Using";

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

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    [Theory]
    [InlineData("var {|MP0009:p|} = ChildProcess.Create(Work.One, 5); p.Start();")]
    [InlineData("var {|MP0009:p|} = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Name = \"w\"; p.Start(); Console.WriteLine(p.Pid);")]
    [InlineData("ChildProcess {|MP0009:p|} = new Clock(); p.Daemon = true; p.Start();")]
    [InlineData("for (var i = 0; i < 3; i++) { var {|MP0009:p|} = ChildProcess.Create(Work.One, i); p.Start(); }")]
    [InlineData("var {|MP0009:p|} = ChildProcess.Create(Work.One, 5); p.Start(); p.Terminate();")]
    [InlineData("var {|MP0009:p|} = ChildProcess.Create(Work.One, 5); if (flag) { p.Start(); }")]
    public Task Fires_when_a_started_local_is_never_joined(string body) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { "'p' is started but never joined, awaited, closed or disposed in 'App.Go'", "'using var'" });

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
    public Task Silent_when_joined_disposed_or_handed_on(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task Fires_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var {|MP0009:p|} = ChildProcess.Create(Work.One, 5);
            p.Start();
            """;
        return Verify.VerifyMessagesAsync(new[] { Source, PitfallTestSources.Targets }, new[] { "in 'the top-level statements'" }, outputKind: OutputKind.ConsoleApplication);
    }

    [Fact]
    public Task Fix_joins_after_the_last_use() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var {|MP0009:p|} = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        Console.WriteLine(p.Pid);\n        Console.WriteLine(\"done\");"),
            Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        Console.WriteLine(p.Pid);\n        p.Join();\n        Console.WriteLine(\"done\");"),
            "Call 'p.Join()' after its last use",
            JoinKey);

    [Fact]
    public Task Fix_joins_in_a_loop_body() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("for (var i = 0; i < 3; i++)\n        {\n            var {|MP0009:p|} = ChildProcess.Create(Work.One, i);\n            p.Start();\n        }"),
            Program("for (var i = 0; i < 3; i++)\n        {\n            var p = ChildProcess.Create(Work.One, i);\n            p.Start();\n            p.Join();\n        }"),
            "Call 'p.Join()' after its last use",
            JoinKey);

    [Fact]
    public Task Fix_declares_with_using_var() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var {|MP0009:p|} = ChildProcess.Create(Work.One, 5);\n        p.Start();"),
            Program("using var p = ChildProcess.Create(Work.One, 5);\n        p.Start();"),
            "Declare 'p' with 'using var'",
            UsingKey);

    [Fact]
    public Task Fix_works_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var {|MP0009:p|} = ChildProcess.Create(Work.One, 5);
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
        return VerifyFix.VerifyCodeFixAsync(new[] { Source, PitfallTestSources.Targets }, Expected, "Call 'p.Join()' after its last use", JoinKey, OutputKind.ConsoleApplication);
    }
}
