using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class MissingMainGuardCodeFixTests
{
    private static readonly MissingMainGuardAnalyzer Analyzer = new();
    private static readonly InsertMainGuardCodeFixProvider Provider = new();

    private const string Targets = """
        using Multiprocessing;

        static class Work
        {
            [ProcessTarget]
            public static void Square(int x) { }
        }
        """;

    private static Task<string> Fix(string source, string? title = null) =>
        CodeFixVerifier.ApplyFixAsync(Analyzer, Provider, source, title, otherSources: Targets);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    [Fact]
    public async Task Inserts_the_guard_first_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            var p = ChildProcess.Create(Work.Square, 5);
            p.Start();
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.Square, 5);
            p.Start();
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Adds_the_using_when_the_namespace_is_not_imported()
    {
        const string Source = """
            using System;

            Console.WriteLine("parent");
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        const string Expected = """
            using System;
            using Multiprocessing;

            Multiprocess.MainGuard();
            Console.WriteLine("parent");
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Adds_the_using_below_a_file_header_when_there_is_no_using()
    {
        const string Source = """
            // Copyright header.

            // Start one worker.
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        const string Expected = """
            // Copyright header.

            using Multiprocessing;

            Multiprocess.MainGuard();
            // Start one worker.
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Inserts_the_guard_first_in_Main()
    {
        const string Source = """
            using Multiprocessing;

            namespace App
            {
                static class Program
                {
                    static int Main(string[] args)
                    {
                        // Run one worker.
                        var p = ChildProcess.Create(Work.Square, 5);
                        p.Start();
                        return 0;
                    }
                }
            }
            """;
        const string Expected = """
            using Multiprocessing;

            namespace App
            {
                static class Program
                {
                    static int Main(string[] args)
                    {
                        Multiprocess.MainGuard();
                        // Run one worker.
                        var p = ChildProcess.Create(Work.Square, 5);
                        p.Start();
                        return 0;
                    }
                }
            }
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Inserts_the_guard_in_async_Main()
    {
        const string Source = """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Program
            {
                static async Task<int> Main()
                {
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                    await p.JoinAsync();
                    return 0;
                }
            }
            """;
        var result = await Fix(Source);
        Assert.Contains("    {\n        Multiprocess.MainGuard();\n        var p =", Normalize(result));
    }

    [Fact]
    public async Task Uses_the_global_name_when_Multiprocess_means_something_else()
    {
        const string Source = """
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();

            class Multiprocess { }
            """;
        var result = await Fix(Source);
        Assert.StartsWith("global::Multiprocessing.Multiprocess.MainGuard();\n", Normalize(result));
        Assert.DoesNotContain("using Multiprocessing;", result);
    }

    [Fact]
    public async Task Turns_an_expression_bodied_Main_into_a_block()
    {
        const string Source = """
            using Multiprocessing;

            static class Program
            {
                static int Main() => Start();

                static int Start()
                {
                    ChildProcess.Create(Work.Square, 5).Start();
                    return 0;
                }
            }
            """;
        var result = Normalize(await Fix(Source));
        Assert.Contains("Multiprocess.MainGuard();", result);
        Assert.Contains("return Start();", result);
    }

    [Fact]
    public async Task Moves_a_misplaced_guard_to_the_top()
    {
        const string Source = """
            using System;
            using Multiprocessing;

            Console.WriteLine("runs in every child");
            Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        const string Expected = """
            using System;
            using Multiprocessing;

            Multiprocess.MainGuard();
            Console.WriteLine("runs in every child");
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Moves_a_misplaced_guard_to_the_top_of_Main()
    {
        const string Source = """
            using System;
            using Multiprocessing;

            static class Program
            {
                static void Main()
                {
                    Console.WriteLine("runs in every child");
                    Multiprocessing.Multiprocess.MainGuard();
                    ChildProcess.Create(Work.Square, 5).Start();
                }
            }
            """;
        const string Expected = """
            using System;
            using Multiprocessing;

            static class Program
            {
                static void Main()
                {
                    Multiprocessing.Multiprocess.MainGuard();
                    Console.WriteLine("runs in every child");
                    ChildProcess.Create(Work.Square, 5).Start();
                }
            }
            """;
        Assert.Equal(Normalize(Expected), Normalize(await Fix(Source)));
    }

    [Fact]
    public async Task Offers_no_move_for_a_guard_nested_in_a_block()
    {
        const string Source = """
            using Multiprocessing;

            if (args.Length == 0)
            {
                Multiprocess.MainGuard();
            }
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Empty(await CodeFixVerifier.GetFixTitlesAsync(Analyzer, Provider, Source + "\n" + Targets.Replace("using Multiprocessing;", "")));
    }
}
