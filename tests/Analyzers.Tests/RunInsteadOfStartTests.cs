using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.RunInsteadOfStartAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.RunInsteadOfStartAnalyzer, Multiprocessing.Analyzers.CodeFixes.RunToStartCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class RunInsteadOfStartTests
{
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

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); {|MP0006:p.Run()|}; p.Join();", "p")]
    [InlineData("{|MP0006:ChildProcess.Create(Work.One, 5).Run()|};", "ChildProcess.Create(Work.One, 5)")]
    [InlineData("var w = new Worker(); {|MP0006:w.Run()|};", "w")]
    [InlineData("ChildProcess? p = null; p?{|MP0006:.Run()|};", "p")]
    public Task Fires_when_Run_is_called_on_a_process(string body, string receiver) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { $"'{receiver}.Start()'" });

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5); p.Start(); p.Join();")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });")]
    public Task Silent_on_Start_and_other_Run_methods(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task Fix_replaces_Run_with_Start() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var p = ChildProcess.Create(Work.One, 5);\n        {|MP0006:p.Run()|};\n        p.Join();"),
            Program("var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        p.Join();"));

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        {|MP0006:p.Run()|};", "var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        p.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        {|MP0006:p.Run()|};\n        System.Console.WriteLine(p.ExitCode);", "var p = ChildProcess.Create(Work.One, 5);\n        p.Start();\n        p.Join();\n        System.Console.WriteLine(p.ExitCode);")]
    [InlineData("ChildProcess? p = ChildProcess.Create(Work.One, 5);\n        p?{|MP0006:.Run()|};", "ChildProcess? p = ChildProcess.Create(Work.One, 5);\n        p?.Start();\n        p?.Join();")]
    [InlineData("var p = ChildProcess.Create(Work.One, 5);\n        if (System.Environment.ProcessorCount > 0) {|MP0006:p.Run()|};", "var p = ChildProcess.Create(Work.One, 5);\n        if (System.Environment.ProcessorCount > 0)\n        {\n            p.Start();\n            p.Join();\n        }")]
    public async Task Fix_joins_what_it_starts_so_that_no_other_diagnostic_follows(string body, string fixedBody)
    {
        await VerifyFix.VerifyCodeFixAsync(Sources(body), Program(fixedBody));

        // Run() returned when the target was done: Start() alone would leave an unjoined process (MP0009) and a read
        // of ExitCode before any Join() (MP0011).
        await Infrastructure.CSharpAnalyzerVerifier<UnjoinedProcessAnalyzer>.VerifyAnalyzerAsync(Sources(fixedBody));
        await Infrastructure.CSharpAnalyzerVerifier<ReadBeforeJoinAnalyzer>.VerifyAnalyzerAsync(Sources(fixedBody));
        await Infrastructure.CSharpAnalyzerVerifier<JoinInStartLoopAnalyzer>.VerifyAnalyzerAsync(Sources(fixedBody));
    }

    [Fact]
    public Task Fix_does_not_join_a_receiver_it_cannot_read_again() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("{|MP0006:ChildProcess.Create(Work.One, 5).Run()|};"),
            Program("ChildProcess.Create(Work.One, 5).Start();"));
}
