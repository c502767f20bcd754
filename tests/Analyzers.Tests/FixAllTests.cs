using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// Every code fix supports Fix All in document, project and solution (what <c>dotnet format analyzers</c> needs), and
/// Fix All gets it right where the fixes of two diagnostics touch the same code.
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

    private static string Normalize(string text) => Regex.Replace(text.Replace("\r\n", "\n"), @"\s+", " ");

    [Fact]
    public async Task MP0005_moves_two_Daemon_assignments_each_before_its_own_Start()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new DaemonAfterStartAnalyzer(),
            new MoveDaemonBeforeStartCodeFixProvider(),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        p.Start();
                        r.Start();
                        p.Daemon = true;
                        r.Daemon = true;
                        p.Join();
                        r.Join();
                """),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("p.Daemon = true; p.Start(); r.Daemon = true; r.Start(); p.Join(); r.Join();", Normalize(result));
    }

    [Fact]
    public async Task MP0009_releases_a_process_a_queue_and_both_pipe_ends_in_one_pass()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new UnjoinedProcessAnalyzer(),
            new JoinProcessCodeFixProvider(),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        p.Start();
                        var queue = ProcessQueue<int>.Create();
                        queue.Put(1);
                        var (a, b) = ProcessPipe.Create<string>();
                        a.Send("ping");
                        Console.WriteLine(b.Recv());
                """),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        var text = Normalize(result);
        Assert.Contains("p.Start(); p.Join();", text);
        Assert.Contains("queue.Put(1); queue.Close();", text);
        Assert.Contains("Console.WriteLine(b.Recv());", text);
        Assert.Single(Regex.Matches(text, @"\ba\.Close\(\);"));
        Assert.Single(Regex.Matches(text, @"\bb\.Close\(\);"));
    }

    [Fact]
    public async Task MP0011_joins_once_before_two_reads()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new ReadBeforeJoinAnalyzer(),
            new JoinBeforeReadCodeFixProvider(),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        p.Start();
                        Console.WriteLine(p.ExitCode);
                        Console.WriteLine(p.ExitCode);
                """),
            kind: OutputKind.DynamicallyLinkedLibrary,
            otherSources: PitfallTestSources.Targets);
        Assert.Contains("p.Start(); p.Join(); Console.WriteLine(p.ExitCode); Console.WriteLine(p.ExitCode);", Normalize(result));
    }

    [Fact]
    public async Task MP0008_turns_puts_and_gets_into_their_Try_forms_together()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new UnhandledNowaitAnalyzer(),
            new HandleNowaitCodeFixProvider(),
            Method("""
                q.PutNowait(1);
                        q.GetNowait();
                """),
            kind: OutputKind.DynamicallyLinkedLibrary);
        var text = Normalize(result);
        Assert.Contains("if (!q.TryPut(1, TimeSpan.Zero))", text);
        Assert.Contains("q.TryGet(out _, TimeSpan.Zero);", text);
    }

    [Fact]
    public async Task MP0008_wraps_a_statement_with_two_calls_in_one_try()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new UnhandledNowaitAnalyzer(),
            new HandleNowaitCodeFixProvider(),
            Method("list.Add(q.GetNowait() + q.GetNowait());"),
            kind: OutputKind.DynamicallyLinkedLibrary);
        Assert.Single(Regex.Matches(result, @"\btry\b"));
        Assert.Single(Regex.Matches(result, "catch"));
    }

    [Fact]
    public async Task MP0003_marks_a_method_passed_twice_once()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new NonStaticTargetAnalyzer(),
            new AddProcessTargetAttributeCodeFixProvider(),
            """
            using Multiprocessing;

            public static class App
            {
                public static void Go()
                {
                    var p = ChildProcess.Create(Plain, 1);
                    var q = ChildProcess.Create(Plain, 2);
                }

                public static void Plain(int x) { }
            }
            """,
            FixAllScope.Solution,
            OutputKind.DynamicallyLinkedLibrary);
        Assert.Single(Regex.Matches(result, @"\[ProcessTarget\]"));
    }

    [Fact]
    public async Task MP0006_starts_and_joins_every_process_that_was_run()
    {
        var result = await CodeFixVerifier.ApplyFixAllAsync(
            new RunInsteadOfStartAnalyzer(),
            new RunToStartCodeFixProvider(),
            Method("""
                var p = ChildProcess.Create(Work.None);
                        var r = ChildProcess.Create(Work.None);
                        p.Run();
                        r.Run();
                """),
            FixAllScope.Project,
            OutputKind.DynamicallyLinkedLibrary,
            PitfallTestSources.Targets);
        Assert.Contains("p.Start(); p.Join(); r.Start(); r.Join();", Normalize(result));
    }
}
