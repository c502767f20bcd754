using Microsoft.CodeAnalysis;
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
}
