using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// Every code fix supports Fix All in document, project and solution (what <c>dotnet format analyzers</c> needs), and
/// Fix All gets it right where the fixes of two diagnostics touch the same code. Fix All runs on the standard harness:
/// it applies the fix of the first diagnostic's first action to all of them in the document, the project and the
/// solution (as <c>dotnet format</c> does) and compares the result exactly with the batch-fixed source; the same source
/// must come out of fixing the diagnostics one at a time.
/// </summary>
public class FixAllTests
{
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(RunToStartCodeFixProvider).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_code_fix_supports_Fix_All_in_document_project_and_solution(string name)
    {
        var type = typeof(RunToStartCodeFixProvider).Assembly.GetTypes().Single(t => t.Name == name);
        var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
        var fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Project, fixAll.GetSupportedFixAllScopes());
        Assert.Contains(FixAllScope.Solution, fixAll.GetSupportedFixAllScopes());
    }

    [Fact]
    public void There_are_nine_code_fixes() => Assert.Equal(9, Providers().Count);

    private static string Method(string body) => $$"""
        using System;
        using Multiprocessing;

        public static class App
        {
            public static void Go(ProcessQueue<int> q, System.Collections.Generic.List<int> list)
            {
                {{body}}
            }
        }
        """;

    // The diagnostics written as markup in `sources` (the first is the one fixed) all fixed at once, and one at a time,
    // give `fixedSource`; the other sources stay as they are.
    private static Task VerifyFixAll<TAnalyzer, TCodeFix>(string[] sources, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var fixedSources = new[] { fixedSource }.Concat(sources.Skip(1)).ToArray();
        var test = CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Create(sources, fixedSources);
        foreach (var source in fixedSources)
        {
            test.BatchFixedState.Sources.Add(source);
        }

        return test.RunAsync(CancellationToken.None);
    }

    private static string[] WithTargets(string body) => new[] { Method(body), PitfallTestSources.Targets };

    [Fact]
    public Task MP0005_moves_two_Daemon_assignments_each_before_its_own_Start() =>
        VerifyFixAll<DaemonAfterStartAnalyzer, MoveDaemonBeforeStartCodeFixProvider>(
            WithTargets("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        p.Start();
                        r.Start();
                        {|MP0005:p.Daemon = true|};
                        {|MP0005:r.Daemon = true|};
                        p.Join();
                        r.Join();
                """),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        p.Daemon = true;
                        p.Start();
                        r.Daemon = true;
                        r.Start();
                        p.Join();
                        r.Join();
                """));

    [Fact]
    public Task MP0009_releases_a_process_a_queue_and_both_pipe_ends_in_one_pass() =>
        VerifyFixAll<UnjoinedProcessAnalyzer, JoinProcessCodeFixProvider>(
            WithTargets("""
                var {|MP0009:p|} = ChildProcess.Create(Work.None);
                        p.Start();
                        var {|MP0009:queue|} = ProcessQueue<int>.Create();
                        queue.Put(1);
                        var ({|MP0009:a|}, {|MP0009:b|}) = ProcessPipe.Create<string>();
                        a.Send("ping");
                        Console.WriteLine(b.Recv());
                """),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        p.Start();
                        p.Join();
                        var queue = ProcessQueue<int>.Create();
                        queue.Put(1);
                        queue.Close();
                        var (a, b) = ProcessPipe.Create<string>();
                        a.Send("ping");
                        a.Close();
                        Console.WriteLine(b.Recv());
                        b.Close();
                """));

    [Fact]
    public Task MP0011_joins_once_before_two_reads() =>
        VerifyFixAll<ReadBeforeJoinAnalyzer, JoinBeforeReadCodeFixProvider>(
            WithTargets("""
                var p = ChildProcess.Create(Work.None);
                        p.Start();
                        Console.WriteLine({|MP0011:p.ExitCode|});
                        Console.WriteLine({|MP0011:p.ExitCode|});
                """),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        p.Start();
                        p.Join();
                        Console.WriteLine(p.ExitCode);
                        Console.WriteLine(p.ExitCode);
                """));

    [Fact]
    public Task MP0008_turns_puts_and_gets_into_their_Try_forms_together() =>
        VerifyFixAll<UnhandledNowaitAnalyzer, HandleNowaitCodeFixProvider>(
            new[]
            {
                Method("""
                    {|MP0008:q.PutNowait(1)|};
                            {|MP0008:q.GetNowait()|};
                    """),
            },
            Method("""
                if (!q.TryPut(1, TimeSpan.Zero))
                        {
                            // The queue was full: the item was not put. Keep it, retry later, or drop it deliberately.
                        }
                        q.TryGet(out _, TimeSpan.Zero);
                """));

    [Fact]
    public Task MP0008_wraps_a_statement_with_two_calls_in_one_try() =>
        VerifyFixAll<UnhandledNowaitAnalyzer, HandleNowaitCodeFixProvider>(
            new[] { Method("list.Add({|MP0008:q.GetNowait()|} + {|MP0008:q.GetNowait()|});") },
            Method("""
                try
                        {
                            list.Add(q.GetNowait() + q.GetNowait());
                        }
                        catch (QueueEmptyException)
                        {
                            // The queue was empty: nothing was taken out.
                        }
                """));

    [Fact]
    public Task MP0003_marks_a_method_passed_twice_once() =>
        VerifyFixAll<NonStaticTargetAnalyzer, AddProcessTargetAttributeCodeFixProvider>(
            new[]
            {
                """
                using Multiprocessing;

                public static class App
                {
                    public static void Go()
                    {
                        var p = ChildProcess.Create({|MP0003:Plain|}, 1);
                        var q = ChildProcess.Create({|MP0003:Plain|}, 2);
                    }

                    public static void Plain(int x) { }
                }
                """,
            },
            """
            using Multiprocessing;

            public static class App
            {
                public static void Go()
                {
                    var p = ChildProcess.Create(Plain, 1);
                    var q = ChildProcess.Create(Plain, 2);
                }

                [ProcessTarget]
                public static void Plain(int x) { }
            }
            """);

    [Fact]
    public Task MP0006_starts_and_joins_every_process_that_was_run() =>
        VerifyFixAll<RunInsteadOfStartAnalyzer, RunToStartCodeFixProvider>(
            WithTargets("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        {|MP0006:p.Run()|};
                        {|MP0006:r.Run()|};
                """),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        p.Start();
                        p.Join();
                        r.Start();
                        r.Join();
                """));
}
