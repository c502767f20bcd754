using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0009 on pools, queues and pipe ends (UnjoinedProcessTests covers processes).</summary>
public class UnreleasedResourceTests
{
    private static readonly UnjoinedProcessAnalyzer Analyzer = new();

    private static string Program(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Multiprocessing;

        public static class Ends
        {
            [ProcessTarget]
            public static void Consume(ProcessQueue<int> queue) { }

            [ProcessTarget]
            public static void Talk(Connection<int> end) { }
        }

        public class App
        {
            private ProcessPool? _pool;
            private ProcessQueue<int>? _queue;
            private Connection<int>? _end;
            private readonly List<IDisposable> _all = new();

            public async Task<object?> Go(bool flag)
            {
                {{body}}
                await Task.CompletedTask;
                return null;
            }

            private static void Keep(object o) { }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program(body), PitfallTestSources.Targets }, OutputKind.DynamicallyLinkedLibrary);

    // ---- pools ----

    [Theory]
    [InlineData("var pool = new ProcessPool(3); pool.Apply(Work.One, 5);")]
    [InlineData("var pool = new ProcessPool(3); Console.WriteLine(pool.Starmap(Work.Three, new[] { (1, 2, 3) }).Length);")]
    [InlineData("ProcessPool pool = new(2);")]
    [InlineData("var pool = new ProcessPool(3); pool.Close();")]
    [InlineData("var pool = new ProcessPool(3); pool.Apply(Work.One, 5); pool.Join();")]
    [InlineData("for (var i = 0; i < 3; i++) { var pool = new ProcessPool(2); pool.Apply(Work.One, i); }")]
    [InlineData("var pool = new ProcessPool(new ProcessPoolOptions { Processes = 2 }); Console.WriteLine(pool.WorkerPids.Count);")]
    public async Task Fires_on_a_pool_never_disposed_closed_and_joined_or_terminated(string body)
    {
        var diagnostics = await Run(body);
        var diagnostic = Assert.Single(diagnostics.Where(d => AnalyzerVerifier.SpanText(d) == "pool"));
        Assert.Equal("MP0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Pool 'pool' is never disposed, closed and joined, or terminated in 'App.Go', and it does not leave the method: its worker processes outlive this method; declare it with 'using var pool = ...' (the workers are terminated at the end of the scope), or call 'pool.Close()' then 'pool.Join()' to let submitted tasks finish",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_pool_disposed_on_one_path_still_counts_as_disposed() =>
        // The analysis is path-insensitive, like the process case: one Dispose anywhere in the method silences it.
        Assert.Empty(await Run("var pool = new ProcessPool(3); if (flag) { pool.Dispose(); }"));

    [Theory]
    [InlineData("using var pool = new ProcessPool(3); pool.Apply(Work.One, 5);")]
    [InlineData("await using var pool = new ProcessPool(3); pool.Apply(Work.One, 5);")]
    [InlineData("using (var pool = new ProcessPool(3)) { pool.Apply(Work.One, 5); }")]
    [InlineData("await using (var pool = new ProcessPool(3)) { pool.Apply(Work.One, 5); }")]
    [InlineData("var pool = new ProcessPool(3); using (pool) { pool.Apply(Work.One, 5); }")]
    [InlineData("var pool = new ProcessPool(3); try { pool.Apply(Work.One, 5); } finally { pool.Dispose(); }")]
    [InlineData("var pool = new ProcessPool(3); try { pool.Apply(Work.One, 5); } finally { await pool.DisposeAsync(); }")]
    [InlineData("var pool = new ProcessPool(3); pool.Apply(Work.One, 5); pool.Close(); pool.Join();")]
    [InlineData("var pool = new ProcessPool(3); pool.Apply(Work.One, 5); pool.Close(); await pool.JoinAsync();")]
    [InlineData("var pool = new ProcessPool(3); pool.Apply(Work.One, 5); pool.Terminate();")]
    [InlineData("var pool = new ProcessPool(3); pool?.Dispose();")]
    [InlineData("var pool = new ProcessPool(3); return pool;")]
    [InlineData("var pool = new ProcessPool(3); _pool = pool;")]
    [InlineData("var pool = new ProcessPool(3); _all.Add(pool);")]
    [InlineData("var pool = new ProcessPool(3); Keep(pool);")]
    [InlineData("var pool = new ProcessPool(3); Action later = () => pool.Dispose();")]
    [InlineData("var pool = new ProcessPool(3); var other = pool; other.Dispose();")]
    public async Task Silent_on_a_pool_released_or_handed_on(string body) =>
        Assert.Empty(await Run(body));

    // ---- queues ----

    [Theory]
    [InlineData("var q = ProcessQueue<int>.Create(); q.Put(1); Console.WriteLine(q.Get());", "ProcessQueue")]
    [InlineData("var q = ProcessQueue<int>.Create(maxSize: 3); q.Put(1);", "ProcessQueue")]
    [InlineData("var q = JoinableProcessQueue<int>.Create(); q.Put(1); q.Get(); q.TaskDone(); q.Join();", "JoinableProcessQueue")]
    [InlineData("var q = SimpleProcessQueue<string>.Create(); q.Put(\"x\");", "SimpleProcessQueue")]
    [InlineData("ProcessQueue<int> q = JoinableProcessQueue<int>.Create();", "JoinableProcessQueue")]
    public async Task Fires_on_a_queue_never_closed_or_disposed(string body, string type)
    {
        _ = type;
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0009");
        Assert.Equal("q", AnalyzerVerifier.SpanText(diagnostic));
        Assert.Equal(
            "Queue 'q' is never closed or disposed in 'App.Go', and it does not leave the method: its shared-memory buffer, and any items left in it, stay mapped until this process exits; declare it with 'using var q = ...', or call 'q.Close()' after its last use",
            diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("using var q = ProcessQueue<int>.Create(); q.Put(1);")]
    [InlineData("using (var q = SimpleProcessQueue<int>.Create()) { q.Put(1); }")]
    [InlineData("var q = ProcessQueue<int>.Create(); q.Put(1); q.Close();")]
    [InlineData("var q = JoinableProcessQueue<int>.Create(); try { q.Put(1); } finally { q.Dispose(); }")]
    [InlineData("var q = ProcessQueue<int>.Create(); using var p = ChildProcess.Create(Ends.Consume, q); p.Start(); p.Join();")]
    [InlineData("var q = ProcessQueue<int>.Create(); _queue = q;")]
    [InlineData("var q = ProcessQueue<int>.Create(); return q;")]
    [InlineData("var q = ProcessQueue<int>.Create(); Task.Run(() => q.Put(1));")]
    [InlineData("var q = ProcessQueue<int>.Attach(\"name\"); q.Put(1);")] // attaching creates nothing: not followed
    public async Task Silent_on_a_queue_closed_or_handed_on(string body) =>
        Assert.Empty(await Run(body));

    // ---- pipes ----

    [Theory]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); a.Send(1); Console.WriteLine(b.Recv());", new[] { "a", "b" })]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); a.Send(1); b.Close();", new[] { "a" })]
    [InlineData("(var a, var b) = ProcessPipe.Create<int>(duplex: false); b.Send(1); a.Dispose();", new[] { "b" })]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); using var p = ChildProcess.Create(Ends.Talk, b); p.Start(); Console.WriteLine(a.Recv()); p.Join();", new[] { "a" })]
    [InlineData("var pipe = ProcessPipe.Create<int>(); pipe.First.Send(1); pipe.Second.Close();", new[] { "pipe" })]
    public async Task Fires_on_each_pipe_end_never_closed(string body, string[] ends)
    {
        var diagnostics = await Run(body);
        Assert.Equal(ends, diagnostics.Select(AnalyzerVerifier.SpanText));
        Assert.All(diagnostics, d => Assert.Equal("MP0009", d.Id));
        Assert.All(diagnostics, d => Assert.StartsWith("Pipe end '", d.GetMessage()));
        Assert.All(diagnostics, d => Assert.Contains("is never closed or disposed in 'App.Go', and it does not leave the method: its shared-memory buffer stays mapped until this process exits; call '", d.GetMessage()));
    }

    [Fact]
    public async Task Names_the_end_of_a_tuple_local()
    {
        var diagnostic = AnalyzerVerifier.Single(await Run("var pipe = ProcessPipe.Create<int>(); pipe.First.Close(); pipe.Second.Send(1);"), "MP0009");
        Assert.StartsWith("Pipe end 'pipe.Second' is never closed", diagnostic.GetMessage());
        Assert.Contains("call 'pipe.Second.Close()' after its last use", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); a.Close(); b.Close();")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); using (a) using (b) { a.Send(1); b.Recv(); }")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); try { a.Send(1); } finally { a.Dispose(); b.Dispose(); }")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); using var p = ChildProcess.Create(Ends.Talk, b); p.Start(); b.Close(); a.Recv(); a.Close(); p.Join();")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); using var p = ChildProcess.Create(Ends.Talk, b); Keep(a); p.Start(); p.Join();")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); _end = a; b?.Close();")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); _all.Add(a); return b;")]
    [InlineData("var (a, b) = ProcessPipe.Create<int>(); Func<int> f = () => a.Recv(); b.Close();")]
    [InlineData("var pipe = ProcessPipe.Create<int>(); pipe.First.Close(); pipe.Item2.Close();")]
    [InlineData("var pipe = ProcessPipe.Create<int>(); return pipe;")]
    [InlineData("var pipe = ProcessPipe.Create<int>(); var (a, b) = pipe; a.Close();")] // the ends leave into other variables
    [InlineData("Connection<int> a, b; (a, b) = ProcessPipe.Create<int>(); a.Send(1);")] // existing variables: not followed
    public async Task Silent_on_pipe_ends_closed_or_handed_on(string body) =>
        Assert.Empty(await Run(body));

    // ---- code fixes ----

    [Fact]
    public async Task Fix_declares_a_pool_with_using_var()
    {
        var source = Program("var pool = new ProcessPool(3);\n        pool.Apply(Work.One, 5);");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, otherSources: PitfallTestSources.Targets, kind: OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("        using var pool = new ProcessPool(3);\n        pool.Apply(Work.One, 5);", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task A_pool_is_offered_using_only_never_a_bare_Join() =>
        Assert.Equal(
            new[] { "Declare 'pool' with 'using var'" },
            await FixTitles(Program("var pool = new ProcessPool(3);\n        pool.Apply(Work.One, 5);")));

    [Fact]
    public async Task No_using_fix_for_a_reassigned_pool()
    {
        Assert.Empty(await FixTitles(Program("var pool = new ProcessPool(3);\n        pool = new ProcessPool(2);")));
    }

    [Fact]
    public async Task Fix_declares_a_queue_with_using_var()
    {
        var source = Program("var q = JoinableProcessQueue<int>.Create();\n        q.Put(1);");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Declare 'q' with 'using var'", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("        using var q = JoinableProcessQueue<int>.Create();\n        q.Put(1);", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_closes_a_queue_after_its_last_use()
    {
        var source = Program("var q = ProcessQueue<int>.Create();\n        q.Put(1);\n        Console.WriteLine(q.Get());\n        Console.WriteLine(\"done\");");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Call 'q.Close()' after its last use", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("        Console.WriteLine(q.Get());\n        q.Close();\n        Console.WriteLine(\"done\");", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_closes_a_deconstructed_pipe_end_after_its_last_use()
    {
        var source = Program("var (a, b) = ProcessPipe.Create<int>();\n        a.Send(1);\n        b.Close();\n        Console.WriteLine(\"done\");");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, otherSources: PitfallTestSources.Targets, kind: OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("        a.Send(1);\n        a.Close();\n        b.Close();", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_closes_the_end_of_a_tuple_local()
    {
        var source = Program("var pipe = ProcessPipe.Create<int>();\n        pipe.First.Close();\n        pipe.Second.Send(1);");
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), source, "Call 'pipe.Second.Close()' after its last use", OutputKind.DynamicallyLinkedLibrary, PitfallTestSources.Targets);
        Assert.Contains("        pipe.Second.Send(1);\n        pipe.Second.Close();", result.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Fix_works_on_a_pool_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var pool = new ProcessPool(2);
            pool.Apply(Work.One, 5);
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            using var pool = new ProcessPool(2);
            pool.Apply(Work.One, 5);
            """;
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new JoinProcessCodeFixProvider(), Source, otherSources: PitfallTestSources.Targets);
        Assert.Equal(Expected.Replace("\r\n", "\n"), result.Replace("\r\n", "\n"));
    }

    private static async Task<IReadOnlyList<string>> FixTitles(string source)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "TestApp",
            "TestApp",
            LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: AnalyzerVerifier.ParseOptions,
            metadataReferences: References.WithSdk));
        var document = workspace.AddDocument(project.Id, "Program.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));
        workspace.AddDocument(project.Id, "Targets.cs", Microsoft.CodeAnalysis.Text.SourceText.From(PitfallTestSources.Targets));
        var compilation = (await workspace.CurrentSolution.GetProject(project.Id)!.GetCompilationAsync())!;
        AnalyzerVerifier.AssertNoErrors(compilation);
        var diagnostics = await compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(Analyzer)).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        var actions = new List<string>();
        var doc = workspace.CurrentSolution.GetDocument(document.Id)!;
        await new JoinProcessCodeFixProvider().RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(doc, diagnostic, (action, _) => actions.Add(action.Title), CancellationToken.None));
        return actions;
    }
}
