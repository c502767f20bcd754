using Microsoft.CodeAnalysis;
using Xunit;
using Verify = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.UnhandledNowaitAnalyzer>;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.UnhandledNowaitAnalyzer, Multiprocessing.Analyzers.CodeFixes.HandleNowaitCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class UnhandledNowaitTests
{
    private const string TryKey = "HandleNowaitCodeFixProvider.Try";
    private const string CatchKey = "HandleNowaitCodeFixProvider.Catch";
    private const string FullComment = "// The queue was full: the item was not put. Keep it, retry later, or drop it deliberately.";
    private const string EmptyComment = "// The queue was empty: nothing was taken out.";

    private static string Program(string body, string usings = "using System;\nusing Multiprocessing;", string queue = "ProcessQueue<int>", string returns = "void") => $$"""
        {{usings}}

        public class App
        {
            public {{returns}} Go({{queue}} q, bool flag, int item, System.Collections.Generic.List<int> list)
            {
                {{body}}
            }

            private static int Parse(string s, out int n) => n = s.Length;
        }

        public class MyQueue
        {
            public void PutNowait(int item) { }
            public int GetNowait() => 0;
        }
        """;

    [Theory]
    [InlineData("{|MP0008:q.PutNowait(item)|};", "PutNowait", "QueueFullException", "full")]
    [InlineData("var x = {|MP0008:q.GetNowait()|};", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("list.Add({|MP0008:q.GetNowait()|});", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("var j = JoinableProcessQueue<string>.Create(); {|MP0008:j.PutNowait(\"a\")|};", "PutNowait", "QueueFullException", "full")]
    [InlineData("ProcessQueue<int>? n = flag ? q : null; n?{|MP0008:.GetNowait()|};", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { {|MP0008:q.PutNowait(item)|}; } catch (QueueEmptyException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { {|MP0008:q.GetNowait()|}; } catch (QueueFullException) { }", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { {|MP0008:q.PutNowait(item)|}; } catch (InvalidOperationException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (QueueFullException) { {|MP0008:q.PutNowait(item)|}; }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (Exception) { } finally { {|MP0008:q.PutNowait(item)|}; }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (QueueEmptyException) when ({|MP0008:q.GetNowait()|} > 0) { }", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { Action put = () => {|MP0008:q.PutNowait(item)|}; put(); } catch (QueueFullException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { list.ForEach(i => {|MP0008:q.PutNowait(i)|}); } catch { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { void Local() => {|MP0008:q.PutNowait(item)|}; Local(); } catch (Exception) { }", "PutNowait", "QueueFullException", "full")]
    public Task Fires_when_nothing_around_the_call_catches_its_exception(string body, string method, string exception, string state) =>
        Verify.VerifyMessagesAsync(
            new[] { Program(body) },
            new[] { $"{method} throws {exception} when the queue is {state}, and nothing here catches it: catch {exception}, or use Try" });

    [Fact]
    public async Task The_message_names_the_alternative_and_the_help_link()
    {
        await Verify.VerifyAnalyzerAsync(
            new[] { Program("{|#0:q.PutNowait(item)|};") },
            Verify.Diagnostic().WithLocation(0).WithMessage(
                "PutNowait throws QueueFullException when the queue is full, and nothing here catches it: catch QueueFullException, or use TryPut(item, TimeSpan.Zero), which returns false instead"));
        Assert.EndsWith("docs/diagnostics/MP0008.md", new UnhandledNowaitAnalyzer().SupportedDiagnostics[0].HelpLinkUri);

        await Verify.VerifyAnalyzerAsync(
            new[] { Program("var x = {|#0:q.GetNowait()|};") },
            Verify.Diagnostic().WithLocation(0).WithMessage(
                "GetNowait throws QueueEmptyException when the queue is empty, and nothing here catches it: catch QueueEmptyException, or use TryGet(out var item, TimeSpan.Zero), which returns false instead"));
    }

    [Theory]
    [InlineData("try { q.PutNowait(item); } catch (QueueFullException) { }")]
    [InlineData("try { var x = q.GetNowait(); } catch (QueueEmptyException e) when (e.Message.Length > 0) { }")]
    [InlineData("try { q.PutNowait(item); } catch (Exception e) when (e is QueueFullException) { }")]
    [InlineData("try { q.PutNowait(item); q.GetNowait(); } catch (Exception) { }")]
    [InlineData("try { q.PutNowait(item); } catch { }")]
    [InlineData("try { q.PutNowait(item); } catch (InvalidOperationException) { } catch (QueueFullException) { }")]
    [InlineData("try { try { q.PutNowait(item); } finally { } } catch (QueueFullException) { }")]
    [InlineData("try { try { q.GetNowait(); } catch (InvalidOperationException) { } } catch (QueueEmptyException) { }")]
    [InlineData("try { if (flag) { foreach (var i in list) { q.PutNowait(i); } } } catch (QueueFullException) { }")]
    [InlineData("try { } catch (InvalidOperationException) { try { q.PutNowait(item); } catch (QueueFullException) { } }")]
    [InlineData("Action put = () => { try { q.PutNowait(item); } catch (QueueFullException) { } }; put();")]
    [InlineData("q.TryPut(item, TimeSpan.Zero); q.TryGet(out var x, TimeSpan.Zero); q.Put(item); q.Get(); q.Put(item, block: false);")]
    [InlineData("var mine = new MyQueue(); mine.PutNowait(1); mine.GetNowait();")]
    [InlineData("Action<int> put = q.PutNowait;")]
    public Task Silent_when_the_exception_is_caught_or_nothing_throws_it(string body) =>
        Verify.VerifyAnalyzerAsync(new[] { Program(body) });

    [Fact]
    public Task Fires_in_top_level_statements_and_without_usings()
    {
        const string Source = """
            Multiprocessing.Multiprocess.MainGuard();
            using var q = Multiprocessing.ProcessQueue<int>.Create(maxSize: 1);
            {|MP0008:q.PutNowait(1)|};
            var x = {|MP0008:q.GetNowait()|};
            """;
        return Verify.VerifyMessagesAsync(new[] { Source }, Array.Empty<string>(), outputKind: OutputKind.ConsoleApplication);
    }

    [Theory]
    [InlineData("{|MP0008:q.PutNowait(item)|};", "Use TryPut and handle a full queue|Catch QueueFullException")]
    [InlineData("{|MP0008:q.GetNowait()|};", "Use TryGet(out _, TimeSpan.Zero)|Catch QueueEmptyException")]
    [InlineData("var x = {|MP0008:q.GetNowait()|};\n        list.Add(x);", "Use TryGet and return when the queue is empty")]
    [InlineData("ProcessQueue<int>? n = flag ? q : null;\n        n?{|MP0008:.PutNowait(item)|};", "Catch QueueFullException")]
    [InlineData("list.Add({|MP0008:q.GetNowait()|});", "Catch QueueEmptyException")]
    public async Task Offers_the_fixes_that_fit_the_statement(string body, string titles) =>
        Assert.Equal(titles.Split('|'), await VerifyFix.GetFixTitlesAsync(new[] { Program(body) }));

    [Fact]
    public Task Fix_uses_TryPut() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("{|MP0008:q.PutNowait(item)|};\n        list.Clear();") },
            Program($"if (!q.TryPut(item, TimeSpan.Zero))\n        {{\n            {FullComment}\n        }}\n        list.Clear();"),
            "Use TryPut and handle a full queue",
            TryKey);

    [Fact]
    public Task Fix_uses_TryPut_without_using_System() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("{|MP0008:q.PutNowait(Parse(\"ab\", out var n))|};\n        list.Add(n);", usings: "using Multiprocessing;") },
            Program($"if (!q.TryPut(Parse(\"ab\", out var n), System.TimeSpan.Zero))\n        {{\n            {FullComment}\n        }}\n        list.Add(n);", usings: "using Multiprocessing;"),
            "Use TryPut and handle a full queue",
            TryKey);

    [Fact]
    public Task Fix_catches_QueueFullException() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("{|MP0008:q.PutNowait(item)|};") },
            Program($"try\n        {{\n            q.PutNowait(item);\n        }}\n        catch (QueueFullException)\n        {{\n            {FullComment}\n        }}"),
            "Catch QueueFullException",
            CatchKey);

    [Fact]
    public Task Fix_catches_with_a_qualified_name_without_using_Multiprocessing() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("list.Add({|MP0008:q.GetNowait()|});", usings: string.Empty, queue: "Multiprocessing.ProcessQueue<int>") },
            Program($"try\n        {{\n            list.Add(q.GetNowait());\n        }}\n        catch (Multiprocessing.QueueEmptyException)\n        {{\n            {EmptyComment}\n        }}", usings: string.Empty, queue: "Multiprocessing.ProcessQueue<int>"),
            "Catch QueueEmptyException",
            CatchKey);

    [Fact]
    public Task Fix_catches_around_an_assignment_of_an_assigned_variable() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("var x = 0;\n        x = {|MP0008:q.GetNowait()|};\n        list.Add(x);") },
            Program($"var x = 0;\n        try\n        {{\n            x = q.GetNowait();\n        }}\n        catch (QueueEmptyException)\n        {{\n            {EmptyComment}\n        }}\n        list.Add(x);"),
            "Catch QueueEmptyException",
            CatchKey);

    [Theory]
    [InlineData("int x;\n        x = {|MP0008:q.GetNowait()|};\n        list.Add(x);")]
    [InlineData("{|MP0008:q.PutNowait(Parse(\"ab\", out var n))|};\n        list.Add(n);")]
    [InlineData("Action get = () => {|MP0008:q.GetNowait()|};")]
    public async Task No_catch_fix_when_wrapping_would_not_compile_or_not_guard_the_call(string body) =>
        Assert.DoesNotContain(await VerifyFix.GetFixTitlesAsync(new[] { Program(body) }), t => t.StartsWith("Catch", StringComparison.Ordinal));

    [Fact]
    public async Task No_fix_for_an_embedded_statement() =>
        // Wrapping 'if (flag) q.PutNowait(item); else ...' in an if would capture the else.
        Assert.Empty(await VerifyFix.GetFixTitlesAsync(new[] { Program("if (flag) {|MP0008:q.PutNowait(item)|}; else list.Clear();") }));

    [Fact]
    public Task Fix_discards_with_TryGet() =>
        VerifyFix.VerifyCodeFixAsync(
            new[] { Program("ProcessQueue<int>? n = flag ? q : null;\n        n?{|MP0008:.GetNowait()|};") },
            Program("ProcessQueue<int>? n = flag ? q : null;\n        n?.TryGet(out _, TimeSpan.Zero);"),
            "Use TryGet(out _, TimeSpan.Zero)",
            TryKey);

    [Theory]
    [InlineData("var", "void")]
    [InlineData("int", "void")]
    [InlineData("var", "async System.Threading.Tasks.Task")]
    public Task Fix_uses_TryGet_and_returns_when_empty(string type, string returns)
    {
        var tail = returns.StartsWith("async", StringComparison.Ordinal) ? "\n        await System.Threading.Tasks.Task.Yield();" : string.Empty;
        return VerifyFix.VerifyCodeFixAsync(
            new[] { Program($"{type} x = {{|MP0008:q.GetNowait()|}};\n        list.Add(x);" + tail, returns: returns) },
            Program($"if (!q.TryGet(out {type} x, TimeSpan.Zero))\n        {{\n            {EmptyComment}\n            return;\n        }}\n        list.Add(x);" + tail, returns: returns),
            "Use TryGet and return when the queue is empty",
            TryKey);
    }

    [Fact]
    public Task Fix_uses_TryGet_in_top_level_statements()
    {
        const string Source = """
            Multiprocessing.Multiprocess.MainGuard();
            using var q = Multiprocessing.ProcessQueue<int>.Create(maxSize: 1);
            var x = {|MP0008:q.GetNowait()|};
            System.Console.WriteLine(x);
            """;
        const string Expected = """
            Multiprocessing.Multiprocess.MainGuard();
            using var q = Multiprocessing.ProcessQueue<int>.Create(maxSize: 1);
            if (!q.TryGet(out var x, System.TimeSpan.Zero))
            {
                // The queue was empty: nothing was taken out.
                return;
            }
            System.Console.WriteLine(x);
            """;
        return VerifyFix.VerifyCodeFixAsync(new[] { Source }, Expected, "Use TryGet and return when the queue is empty", TryKey, OutputKind.ConsoleApplication);
    }

    [Theory]
    [InlineData("var x = {|MP0008:q.GetNowait()|}; return x;", "int")]
    [InlineData("long x = {|MP0008:q.GetNowait()|}; list.Add((int)x);", "void")]
    [InlineData("var x = {|MP0008:q.GetNowait()|}; yield return x;", "System.Collections.Generic.IEnumerable<int>")]
    [InlineData("var x = {|MP0008:q.GetNowait()|}; return System.Threading.Tasks.Task.CompletedTask;", "System.Threading.Tasks.Task")]
    [InlineData("try { } finally { var x = {|MP0008:q.GetNowait()|}; list.Add(x); }", "void")]
    [InlineData("int a = 1, x = {|MP0008:q.GetNowait()|}; list.Add(a + x);", "void")]
    [InlineData("var x = {|MP0008:q.GetNowait()|} + 1; list.Add(x);", "void")]
    public async Task No_TryGet_fix_where_return_or_the_declaration_would_not_compile(string body, string returns) =>
        Assert.DoesNotContain("Use TryGet and return when the queue is empty", await VerifyFix.GetFixTitlesAsync(new[] { Program(body, returns: returns) }));
}
