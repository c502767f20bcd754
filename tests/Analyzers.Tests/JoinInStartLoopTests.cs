using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.JoinInStartLoopAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

public class JoinInStartLoopTests
{
    private static string[] Sources(string body) =>
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
            };

    [Theory]
    [InlineData("for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); {|MP0010:p.Join()|}; }", "p.Join()")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); Console.WriteLine(p.Pid); {|MP0010:p.Join()|}; }", "p.Join()")]
    [InlineData("var i = 0; while (i++ < 4) { var p = ChildProcess.Create(Work.One, i); p.Start(); await {|MP0010:p.JoinAsync()|}; }", "p.JoinAsync()")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.Three, (x, x, x)); p.Start(); Console.WriteLine(await {|MP0010:p.GetResultAsync()|}.ConfigureAwait(false)); }", "p.GetResultAsync()")]
    [InlineData("foreach (var p in created) { p.Start(); {|MP0010:p.Join()|}; }", "p.Join()")]
    [InlineData("ChildProcess p; do { p = ChildProcess.Create(Work.None); p.Start(); if (p.Pid > 0) { {|MP0010:p.Join()|}; } } while (false);", "p.Join()")]
    public Task Fires_when_the_loop_that_starts_a_process_also_joins_it(string body, string join) =>
        Verify.VerifyMessagesAsync(Sources(body), new[] { $"'{join}' waits for the child that was started in the same loop iteration", "join them in a second loop" });

    [Theory]
    [InlineData("var ps = new List<ChildProcess>(); for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); ps.Add(p); } foreach (var p in ps) { p.Join(); }")]
    [InlineData("var p = ChildProcess.Create(Work.One, 1); p.Start(); p.Join();")]
    [InlineData("for (var i = 0; i < 4; i++) { var p = ChildProcess.Create(Work.One, i); p.Start(); p.Join(TimeSpan.FromMilliseconds(10)); created.Add(p); }")]
    [InlineData("var tasks = new List<Task>(); foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); tasks.Add(p.JoinAsync()); } await Task.WhenAll(tasks);")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Join(); p.Start(); created.Add(p); }")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); created.Add(p); foreach (var q in created) { q.Join(); } }")]
    [InlineData("foreach (var x in items) { var p = ChildProcess.Create(Work.One, x); p.Start(); Action wait = () => p.Join(); created.Add(p); }")]
    public Task Silent_when_all_are_started_before_any_is_joined(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));
}
