using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class UnhandledNowaitTests
{
    private static readonly UnhandledNowaitAnalyzer Analyzer = new();

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

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string body) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, Program(body), OutputKind.DynamicallyLinkedLibrary);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    [Theory]
    [InlineData("q.PutNowait(item);", "PutNowait", "QueueFullException", "full")]
    [InlineData("var x = q.GetNowait();", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("list.Add(q.GetNowait());", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("var j = JoinableProcessQueue<string>.Create(); j.PutNowait(\"a\");", "PutNowait", "QueueFullException", "full")]
    [InlineData("ProcessQueue<int>? n = flag ? q : null; n?.GetNowait();", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { q.PutNowait(item); } catch (QueueEmptyException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { q.GetNowait(); } catch (QueueFullException) { }", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { q.PutNowait(item); } catch (InvalidOperationException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (QueueFullException) { q.PutNowait(item); }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (Exception) { } finally { q.PutNowait(item); }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { } catch (QueueEmptyException) when (q.GetNowait() > 0) { }", "GetNowait", "QueueEmptyException", "empty")]
    [InlineData("try { Action put = () => q.PutNowait(item); put(); } catch (QueueFullException) { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { list.ForEach(i => q.PutNowait(i)); } catch { }", "PutNowait", "QueueFullException", "full")]
    [InlineData("try { void Local() => q.PutNowait(item); Local(); } catch (Exception) { }", "PutNowait", "QueueFullException", "full")]
    public async Task Fires_when_nothing_around_the_call_catches_its_exception(string body, string method, string exception, string state)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(body), "MP0008");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"{method} throws {exception} when the queue is {state}, and nothing here catches it: catch {exception}, or use Try", diagnostic.GetMessage());
        Assert.Contains($".{method}(", AnalyzerVerifier.SpanText(diagnostic));
    }

    [Fact]
    public async Task The_message_names_the_alternative_and_the_help_link()
    {
        var put = AnalyzerVerifier.Single(await Run("q.PutNowait(item);"), "MP0008");
        Assert.Equal(
            "PutNowait throws QueueFullException when the queue is full, and nothing here catches it: catch QueueFullException, or use TryPut(item, TimeSpan.Zero), which returns false instead",
            put.GetMessage());
        Assert.EndsWith("docs/diagnostics/MP0008.md", put.Descriptor.HelpLinkUri);
        Assert.Equal("q.PutNowait(item)", AnalyzerVerifier.SpanText(put));

        var get = AnalyzerVerifier.Single(await Run("var x = q.GetNowait();"), "MP0008");
        Assert.Equal(
            "GetNowait throws QueueEmptyException when the queue is empty, and nothing here catches it: catch QueueEmptyException, or use TryGet(out var item, TimeSpan.Zero), which returns false instead",
            get.GetMessage());
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
    public async Task Silent_when_the_exception_is_caught_or_nothing_throws_it(string body) =>
        Assert.Empty(await Run(body));

    [Fact]
    public async Task Fires_in_top_level_statements_and_without_usings()
    {
        const string Source = """
            Multiprocessing.Multiprocess.MainGuard();
            using var q = Multiprocessing.ProcessQueue<int>.Create(maxSize: 1);
            q.PutNowait(1);
            var x = q.GetNowait();
            """;
        var diagnostics = await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, Source);
        Assert.Equal(new[] { "q.PutNowait(1)", "q.GetNowait()" }, diagnostics.Select(AnalyzerVerifier.SpanText));
    }

    [Theory]
    [InlineData("q.PutNowait(item);", "Use TryPut and handle a full queue|Catch QueueFullException")]
    [InlineData("q.GetNowait();", "Use TryGet(out _, TimeSpan.Zero)|Catch QueueEmptyException")]
    [InlineData("var x = q.GetNowait();\n        list.Add(x);", "Use TryGet and return when the queue is empty")]
    [InlineData("ProcessQueue<int>? n = flag ? q : null;\n        n?.PutNowait(item);", "Catch QueueFullException")]
    [InlineData("list.Add(q.GetNowait());", "Catch QueueEmptyException")]
    public async Task Offers_the_fixes_that_fit_the_statement(string body, string titles) =>
        Assert.Equal(
            titles.Split('|'),
            await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new HandleNowaitCodeFixProvider(), Program(body), OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public async Task Fix_uses_TryPut()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("q.PutNowait(item);\n        list.Clear();"), "Use TryPut and handle a full queue", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains(
            """
                    if (!q.TryPut(item, TimeSpan.Zero))
                    {
                        // The queue was full: the item was not put. Keep it, retry later, or drop it deliberately.
                    }
                    list.Clear();
            """,
            Normalize(result));
    }

    [Fact]
    public async Task Fix_uses_TryPut_without_using_System()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("q.PutNowait(Parse(\"ab\", out var n));\n        list.Add(n);", usings: "using Multiprocessing;"), "Use TryPut and handle a full queue", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("if (!q.TryPut(Parse(\"ab\", out var n), System.TimeSpan.Zero))", result);
    }

    [Fact]
    public async Task Fix_catches_QueueFullException()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("q.PutNowait(item);"), "Catch QueueFullException", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains(
            """
                    try
                    {
                        q.PutNowait(item);
                    }
                    catch (QueueFullException)
                    {
                        // The queue was full: the item was not put. Keep it, retry later, or drop it deliberately.
                    }
            """,
            Normalize(result));
    }

    [Fact]
    public async Task Fix_catches_with_a_qualified_name_without_using_Multiprocessing()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("list.Add(q.GetNowait());", usings: string.Empty, queue: "Multiprocessing.ProcessQueue<int>"), "Catch QueueEmptyException", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("catch (Multiprocessing.QueueEmptyException)", result);
        Assert.Contains("        try\n        {\n            list.Add(q.GetNowait());\n        }", Normalize(result));
    }

    [Fact]
    public async Task Fix_catches_around_an_assignment_of_an_assigned_variable()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("var x = 0;\n        x = q.GetNowait();\n        list.Add(x);"), "Catch QueueEmptyException", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("    x = q.GetNowait();\n        }\n        catch (QueueEmptyException)\n        {\n            // The queue was empty: nothing was taken out.\n        }\n        list.Add(x);", Normalize(result));
    }

    [Theory]
    [InlineData("int x;\n        x = q.GetNowait();\n        list.Add(x);")]
    [InlineData("q.PutNowait(Parse(\"ab\", out var n));\n        list.Add(n);")]
    [InlineData("Action get = () => q.GetNowait();")]
    public async Task No_catch_fix_when_wrapping_would_not_compile_or_not_guard_the_call(string body)
    {
        var titles = await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new HandleNowaitCodeFixProvider(), Program(body), OutputKind.DynamicallyLinkedLibrary);
        Assert.DoesNotContain(titles, t => t.StartsWith("Catch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_fix_for_an_embedded_statement()
    {
        // Wrapping 'if (flag) q.PutNowait(item); else ...' in an if would capture the else.
        var titles = await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new HandleNowaitCodeFixProvider(), Program("if (flag) q.PutNowait(item); else list.Clear();"), OutputKind.DynamicallyLinkedLibrary);
        Assert.Empty(titles);
    }

    [Fact]
    public async Task Fix_discards_with_TryGet()
    {
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program("ProcessQueue<int>? n = flag ? q : null;\n        n?.GetNowait();"), "Use TryGet(out _, TimeSpan.Zero)", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains("n?.TryGet(out _, TimeSpan.Zero);", result);
    }

    [Theory]
    [InlineData("var", "void")]
    [InlineData("int", "void")]
    [InlineData("var", "async System.Threading.Tasks.Task")]
    public async Task Fix_uses_TryGet_and_returns_when_empty(string type, string returns)
    {
        var body = $"{type} x = q.GetNowait();\n        list.Add(x);" + (returns.StartsWith("async", StringComparison.Ordinal) ? "\n        await System.Threading.Tasks.Task.Yield();" : string.Empty);
        var result = await CodeFixVerifier.ApplyFixAsync(
            Analyzer, new HandleNowaitCodeFixProvider(), Program(body, returns: returns), "Use TryGet and return when the queue is empty", OutputKind.DynamicallyLinkedLibrary);
        Assert.Contains(
            $$"""
                    if (!q.TryGet(out {{type}} x, TimeSpan.Zero))
                    {
                        // The queue was empty: nothing was taken out.
                        return;
                    }
                    list.Add(x);
            """,
            Normalize(result));
    }

    [Fact]
    public async Task Fix_uses_TryGet_in_top_level_statements()
    {
        const string Source = """
            Multiprocessing.Multiprocess.MainGuard();
            using var q = Multiprocessing.ProcessQueue<int>.Create(maxSize: 1);
            var x = q.GetNowait();
            System.Console.WriteLine(x);
            """;
        var result = await CodeFixVerifier.ApplyFixAsync(Analyzer, new HandleNowaitCodeFixProvider(), Source, "Use TryGet and return when the queue is empty");
        Assert.Contains("if (!q.TryGet(out var x, System.TimeSpan.Zero))\n{\n    // The queue was empty: nothing was taken out.\n    return;\n}\nSystem.Console.WriteLine(x);", Normalize(result));
    }

    [Theory]
    [InlineData("var x = q.GetNowait(); return x;", "int")]
    [InlineData("long x = q.GetNowait(); list.Add((int)x);", "void")]
    [InlineData("var x = q.GetNowait(); yield return x;", "System.Collections.Generic.IEnumerable<int>")]
    [InlineData("var x = q.GetNowait(); return System.Threading.Tasks.Task.CompletedTask;", "System.Threading.Tasks.Task")]
    [InlineData("try { } finally { var x = q.GetNowait(); list.Add(x); }", "void")]
    [InlineData("int a = 1, x = q.GetNowait(); list.Add(a + x);", "void")]
    [InlineData("var x = q.GetNowait() + 1; list.Add(x);", "void")]
    public async Task No_TryGet_fix_where_return_or_the_declaration_would_not_compile(string body, string returns)
    {
        var titles = await CodeFixVerifier.GetFixTitlesAsync(Analyzer, new HandleNowaitCodeFixProvider(), Program(body, returns: returns), OutputKind.DynamicallyLinkedLibrary);
        Assert.DoesNotContain("Use TryGet and return when the queue is empty", titles);
    }
}
