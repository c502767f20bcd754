using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.UnjoinedProcessAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.UnjoinedProcessAnalyzer, Multiprocessing.Analyzers.CodeFixes.JoinProcessCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>MP0009 on pools, queues and pipe ends (UnjoinedProcessTests covers processes).</summary>
public class UnreleasedResourceTests
{
    private const string ReleaseKey = "JoinProcessCodeFixProvider.Release";
    private const string UsingKey = "JoinProcessCodeFixProvider.Using";

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

    private static string[] Sources(string body) => new[] { Program(body), PitfallTestSources.Targets };

    // ---- pools ----

    [Theory]
    [InlineData("var {|#0:pool|} = new ProcessPool(3); pool.Apply(Work.One, 5);")]
    [InlineData("var {|#0:pool|} = new ProcessPool(3); Console.WriteLine(pool.Starmap(Work.Three, new[] { (1, 2, 3) }).Length);")]
    [InlineData("ProcessPool {|#0:pool|} = new(2);")]
    [InlineData("var {|#0:pool|} = new ProcessPool(3); pool.Close();")]
    [InlineData("var {|#0:pool|} = new ProcessPool(3); pool.Apply(Work.One, 5); pool.Join();")]
    [InlineData("for (var i = 0; i < 3; i++) { var {|#0:pool|} = new ProcessPool(2); pool.Apply(Work.One, i); }")]
    [InlineData("var {|#0:pool|} = new ProcessPool(new ProcessPoolOptions { Processes = 2 }); Console.WriteLine(pool.WorkerPids.Count);")]
    public Task Fires_on_a_pool_never_disposed_closed_and_joined_or_terminated(string body) =>
        Verify.VerifyAnalyzerAsync(
            Sources(body),
            Verify.Diagnostic().WithLocation(0).WithMessage(
                "Pool 'pool' is never disposed, closed and joined, or terminated in 'App.Go', and it does not leave the method: its worker processes outlive this method; declare it with 'using var pool = ...' (the workers are terminated at the end of the scope), or call 'pool.Close()' then 'pool.Join()' to let submitted tasks finish"));

    [Fact]
    public Task A_pool_disposed_on_one_path_still_counts_as_disposed() =>
        // The analysis is path-insensitive, like the process case: one Dispose anywhere in the method silences it.
        Verify.VerifyAnalyzerAsync(Sources("var pool = new ProcessPool(3); if (flag) { pool.Dispose(); }"));

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
    public Task Silent_on_a_pool_released_or_handed_on(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    // ---- queues ----

    [Theory]
    [InlineData("var {|#0:q|} = ProcessQueue<int>.Create(); q.Put(1); Console.WriteLine(q.Get());", "ProcessQueue")]
    [InlineData("var {|#0:q|} = ProcessQueue<int>.Create(maxSize: 3); q.Put(1);", "ProcessQueue")]
    [InlineData("var {|#0:q|} = JoinableProcessQueue<int>.Create(); q.Put(1); q.Get(); q.TaskDone(); q.Join();", "JoinableProcessQueue")]
    [InlineData("var {|#0:q|} = SimpleProcessQueue<string>.Create(); q.Put(\"x\");", "SimpleProcessQueue")]
    [InlineData("ProcessQueue<int> {|#0:q|} = JoinableProcessQueue<int>.Create();", "JoinableProcessQueue")]
    public Task Fires_on_a_queue_never_closed_or_disposed(string body, string type)
    {
        _ = type;
        return Verify.VerifyAnalyzerAsync(
            Sources(body),
            Verify.Diagnostic().WithLocation(0).WithMessage(
                "Queue 'q' is never closed or disposed in 'App.Go', and it does not leave the method: its shared-memory buffer, and any items left in it, stay mapped until this process exits; declare it with 'using var q = ...', or call 'q.Close()' after its last use"));
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
    public Task Silent_on_a_queue_closed_or_handed_on(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    // ---- pipes ----

    [Theory]
    [InlineData("var ({|MP0009:a|}, {|MP0009:b|}) = ProcessPipe.Create<int>(); a.Send(1); Console.WriteLine(b.Recv());")]
    [InlineData("var ({|MP0009:a|}, b) = ProcessPipe.Create<int>(); a.Send(1); b.Close();")]
    [InlineData("(var a, var {|MP0009:b|}) = ProcessPipe.Create<int>(duplex: false); b.Send(1); a.Dispose();")]
    [InlineData("var ({|MP0009:a|}, b) = ProcessPipe.Create<int>(); using var p = ChildProcess.Create(Ends.Talk, b); p.Start(); Console.WriteLine(a.Recv()); p.Join();")]
    [InlineData("var {|MP0009:pipe|} = ProcessPipe.Create<int>(); pipe.First.Send(1); pipe.Second.Close();")]
    public Task Fires_on_each_pipe_end_never_closed(string body)
    {
        var test = new Verify.Test
        {
            MessageStartsWith = "Pipe end '",
            MessageContains = new[] { "is never closed or disposed in 'App.Go', and it does not leave the method: its shared-memory buffer stays mapped until this process exits; call '" },
        };
        test.TestState.Sources.Add(Program(body));
        test.TestState.Sources.Add(PitfallTestSources.Targets);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Names_the_end_of_a_tuple_local()
    {
        var test = new Verify.Test
        {
            MessageStartsWith = "Pipe end 'pipe.Second' is never closed",
            MessageContains = new[] { "call 'pipe.Second.Close()' after its last use" },
        };
        test.TestState.Sources.Add(Program("var {|MP0009:pipe|} = ProcessPipe.Create<int>(); pipe.First.Close(); pipe.Second.Send(1);"));
        test.TestState.Sources.Add(PitfallTestSources.Targets);
        return test.RunAsync(CancellationToken.None);
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
    public Task Silent_on_pipe_ends_closed_or_handed_on(string body) =>
        Verify.VerifyAnalyzerAsync(Sources(body));

    // ---- code fixes ----

    [Fact]
    public Task Fix_declares_a_pool_with_using_var() =>
        VerifyFix.VerifyOnlyCodeFixAsync(
            Sources("var {|MP0009:pool|} = new ProcessPool(3);\n        pool.Apply(Work.One, 5);"),
            Program("using var pool = new ProcessPool(3);\n        pool.Apply(Work.One, 5);"),
            "Declare 'pool' with 'using var'");

    [Fact]
    public async Task A_pool_is_offered_using_only_never_a_bare_Join() =>
        Assert.Equal(
            new[] { "Declare 'pool' with 'using var'" },
            await VerifyFix.GetFixTitlesAsync(Sources("var {|MP0009:pool|} = new ProcessPool(3);\n        pool.Apply(Work.One, 5);")));

    [Fact]
    public async Task No_using_fix_for_a_reassigned_pool() =>
        Assert.Empty(await VerifyFix.GetFixTitlesAsync(Sources("var {|MP0009:pool|} = new ProcessPool(3);\n        pool = new ProcessPool(2);")));

    [Fact]
    public Task Fix_declares_a_queue_with_using_var() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var {|MP0009:q|} = JoinableProcessQueue<int>.Create();\n        q.Put(1);"),
            Program("using var q = JoinableProcessQueue<int>.Create();\n        q.Put(1);"),
            "Declare 'q' with 'using var'",
            UsingKey);

    [Fact]
    public Task Fix_closes_a_queue_after_its_last_use() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var {|MP0009:q|} = ProcessQueue<int>.Create();\n        q.Put(1);\n        Console.WriteLine(q.Get());\n        Console.WriteLine(\"done\");"),
            Program("var q = ProcessQueue<int>.Create();\n        q.Put(1);\n        Console.WriteLine(q.Get());\n        q.Close();\n        Console.WriteLine(\"done\");"),
            "Call 'q.Close()' after its last use",
            ReleaseKey);

    [Fact]
    public Task Fix_closes_a_deconstructed_pipe_end_after_its_last_use() =>
        VerifyFix.VerifyOnlyCodeFixAsync(
            Sources("var ({|MP0009:a|}, b) = ProcessPipe.Create<int>();\n        a.Send(1);\n        b.Close();\n        Console.WriteLine(\"done\");"),
            Program("var (a, b) = ProcessPipe.Create<int>();\n        a.Send(1);\n        a.Close();\n        b.Close();\n        Console.WriteLine(\"done\");"),
            "Call 'a.Close()' after its last use");

    [Fact]
    public Task Fix_closes_the_end_of_a_tuple_local() =>
        VerifyFix.VerifyCodeFixAsync(
            Sources("var {|MP0009:pipe|} = ProcessPipe.Create<int>();\n        pipe.First.Close();\n        pipe.Second.Send(1);"),
            Program("var pipe = ProcessPipe.Create<int>();\n        pipe.First.Close();\n        pipe.Second.Send(1);\n        pipe.Second.Close();"),
            "Call 'pipe.Second.Close()' after its last use",
            ReleaseKey);

    [Fact]
    public Task Fix_works_on_a_pool_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var {|MP0009:pool|} = new ProcessPool(2);
            pool.Apply(Work.One, 5);
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            using var pool = new ProcessPool(2);
            pool.Apply(Work.One, 5);
            """;
        return VerifyFix.VerifyOnlyCodeFixAsync(new[] { Source, PitfallTestSources.Targets }, Expected, "Declare 'pool' with 'using var'", OutputKind.ConsoleApplication);
    }
}
