using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class JoinInStartLoopTests
{
    private static readonly JoinInStartLoopAnalyzer Analyzer = new();

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(
            Analyzer,
            new[]
            {
                $$"""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading.Tasks;
                using Multiprocessing;

                public static class App
                {
                    public static async Task Go(int[] items, List<ChildProcess> created)
                    {
                        {{body}}
                        await Task.CompletedTask;
                    }
                }
                """,
                PitfallTestSources.Targets,
            },
            OutputKind.DynamicallyLinkedLibrary);

    [Theory]
    [InlineData("for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); p.Join(); }", "p.Join()")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); Console.WriteLine(p.Pid); p.Join(); }", "p.Join()")]
    [InlineData("var i = 0; while (i++ < 4) { var p = ChildProcess.Create(Work.One, i); p.Start(); await p.JoinAsync(); }", "p.JoinAsync()")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.Three, (x, x, x)); p.Start(); Console.WriteLine(await p.GetResultAsync().ConfigureAwait(false)); }", "p.GetResultAsync()")]
    [InlineData("foreach (var p in created) { p.Start(); p.Join(); }", "p.Join()")]
    [InlineData("ChildProcess p; do { p = ChildProcess.Create(Work.None); p.Start(); if (p.Pid > 0) { p.Join(); } } while (false);", "p.Join()")]
    public async Task Fires_when_the_loop_that_starts_a_process_also_joins_it(string body, string join)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0010");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(join, AnalyzerVerifier.SpanText(diagnostic));
        Assert.Contains($"'{join}' waits for the child that was started in the same loop iteration", diagnostic.GetMessage());
        Assert.Contains("join them in a second loop", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var ps = new List<ChildProcess>(); for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); ps.Add(p); } foreach (var p in ps) { p.Join(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); p.Join();")]
    [InlineData("for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); p.Join(TimeSpan.FromMilliseconds(10)); created.Add(p); }")]
    [InlineData("var tasks = new List<Task>(); foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); tasks.Add(p.JoinAsync()); } await Task.WhenAll(tasks);")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Join(); p.Start(); created.Add(p); }")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); created.Add(p); foreach (var q in created) { q.Join(); } }")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); Action wait = () => p.Join(); created.Add(p); }")]
    public async Task Silent_when_all_are_started_before_any_is_joined(string body) =>
        Assert.Empty(await Run(body));
}
