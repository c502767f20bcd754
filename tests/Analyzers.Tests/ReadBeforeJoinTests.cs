using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class ReadBeforeJoinTests
{
    private static readonly ReadBeforeJoinAnalyzer Analyzer = new();

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

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); Console.WriteLine(p.Result);", "p.Result", "Result throws InvalidOperationException")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); Console.WriteLine(p.ExitCode);", "p.ExitCode", "ExitCode is null")]
    [InlineData("_worker.Start(); var sum = _worker.Result;", "_worker.Result", "Result throws")]
    [InlineData("other.Start(); if (other.ExitCode != 0) { }", "other.ExitCode", "ExitCode is null")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); p.Terminate(); Console.WriteLine(p.ExitCode);", "p.ExitCode", "ExitCode is null")]
    public async Task Fires_when_read_after_Start_without_a_Join(string body, string read, string consequence)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0011");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(read, AnalyzerVerifier.SpanText(diagnostic));
        Assert.Contains(consequence, diagnostic.GetMessage());
        Assert.Contains("before the child was joined", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); p.Join(); Console.WriteLine(p.Result);")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); await p.JoinAsync(); Console.WriteLine(p.Result + p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.Three, (1, 2, 3)); p.Start(); Console.WriteLine(await p.GetResultAsync()); Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); if (p.Join(TimeSpan.FromSeconds(1))) Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); while (p.IsAlive) { } Console.WriteLine(p.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); Console.WriteLine(p.ExitCode);")]
    [InlineData("Console.WriteLine(other.ExitCode);")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); Func<int?> later = () => p.ExitCode; p.Join();")]
    public async Task Silent_when_joined_first_or_not_started_here(string body) =>
        Assert.Empty(await Run(body));

    [Fact]
    public async Task Fix_joins_before_the_read()
    {
        var source = Program("var p = ChildProcess.Create(Work.Three, (1, 2, 3));\n        p.Start();\n        Console.WriteLine(p.Result);");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinBeforeReadCodeFixProvider(), source, kind: OutputKind.DynamicallyLinkedLibrary, otherSources: PitfallTestSources.Targets);
        Assert.Contains("p.Start();\n        p.Join();\n        Console.WriteLine(p.Result);", result.Replace("\r\n", "\n"));
    }
}
