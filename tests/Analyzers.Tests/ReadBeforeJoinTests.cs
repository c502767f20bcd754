using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.ReadBeforeJoinAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.ReadBeforeJoinAnalyzer, Multiprocessing.Analyzers.CodeFixes.JoinBeforeReadCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class ReadBeforeJoinTests
{
    private static string Program(string body) => $$"""
        using System;
        using System.Threading.Tasks;
        using Multiprocessing;

        public class App
        {
            private ChildProcess<int> _worker = ChildProcess.Create(Work.Three, (1, 2, 3));

            public async Task Go(ChildProcess other)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); Console.WriteLine({|MP0011:p.Result|});", "p.Result", "Result throws InvalidOperationException")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); Console.WriteLine({|MP0011:p.ExitCode|});", "p.ExitCode", "ExitCode is null")]
    [InlineData("_worker.Start(); var sum = {|MP0011:_worker.Result|};", "_worker.Result", "Result throws")]
    [InlineData("other.Start(); if ({|MP0011:other.ExitCode|} != 0) { }", "other.ExitCode", "ExitCode is null")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); p.Terminate(); Console.WriteLine({|MP0011:p.ExitCode|});", "p.ExitCode", "ExitCode is null")]
    public Task Fires_when_read_after_Start_without_a_Join(string body, string read, string consequence) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { read, consequence, "before the child was joined" });

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); p.Join(); Console.WriteLine(p.Result);")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); await p.JoinAsync(); Console.WriteLine(p.Result + p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); Console.WriteLine(await p.GetResultAsync()); Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); if (p.Join(TimeSpan.FromSeconds(1))) Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); while (p.IsAlive) { } Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); Console.WriteLine(p.ExitCode);")]
    [InlineData("Console.WriteLine(other.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); Func<int?> later = () => p.ExitCode; p.Join();")]
    public Task Silent_when_joined_first_or_not_started_here(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    [Fact]
    public Task Fix_joins_before_the_read() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var p = ChildProcess.Create(Work.Three, (1, 2, 3));\n        p.Start();\n        Console.WriteLine({|MP0011:p.Result|});"),
            Program("var p = ChildProcess.Create(Work.Three, (1, 2, 3));\n        p.Start();\n        p.Join();\n        Console.WriteLine(p.Result);"));
}
