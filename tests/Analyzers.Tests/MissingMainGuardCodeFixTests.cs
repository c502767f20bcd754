using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.MissingMainGuardAnalyzer, Multiprocessing.Analyzers.CodeFixes.InsertMainGuardCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

public class MissingMainGuardCodeFixTests
{
    private const string InsertTitle = "Call Multiprocess.MainGuard() first";
    private const string MoveTitle = "Move Multiprocess.MainGuard() to the top";

    private const string Targets = """
        using Multiprocessing;

        static class Work
        {
            [ProcessTarget]
            public static void Square(int x) { }
        }
        """;

    // MP0001 is reported at the end of the compilation (only then is it known whether the app uses processes at all),
    // so the IDE computes it in full-solution analysis and dotnet format applies the fix; the harness's check that a
    // fixed diagnostic is a local one does not apply.
    private const CodeFixTestBehaviors CompilationEnd = CodeFixTestBehaviors.SkipLocalDiagnosticCheck;

    // The only fix offered for the markup diagnostic of `source` (a program beside Targets) makes it `expected`.
    private static Task Fix(string source, string expected, string title = InsertTitle) =>
        VerifyFix.VerifyOnlyCodeFixAsync(new[] { source, Targets }, expected, title, OutputKind.ConsoleApplication, CompilationEnd);

    [Fact]
    public async Task Inserts_the_guard_first_in_top_level_statements()
    {
        const string Source = """
            using Multiprocessing;

            {|MP0001:var p = ChildProcess.Create(Work.Square, 5);|}
            p.Start();
            """;
        const string Expected = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            var p = ChildProcess.Create(Work.Square, 5);
            p.Start();
            """;
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Adds_the_using_when_the_namespace_is_not_imported()
    {
        const string Source = """
            using System;

            {|MP0001:Console.WriteLine("parent");|}
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        const string Expected = """
            using System;
            using Multiprocessing;

            Multiprocess.MainGuard();
            Console.WriteLine("parent");
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Adds_the_using_below_a_file_header_when_there_is_no_using()
    {
        const string Source = """
            // Copyright header.

            // Start one worker.
            {|MP0001:Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();|}
            """;
        const string Expected = """
            // Copyright header.

            using Multiprocessing;

            Multiprocess.MainGuard();
            // Start one worker.
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Fix(Source, Expected);
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
                    static int {|MP0001:Main|}(string[] args)
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
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Inserts_the_guard_in_async_Main()
    {
        const string Source = """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Program
            {
                static async Task<int> {|MP0001:Main|}()
                {
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                    await p.JoinAsync();
                    return 0;
                }
            }
            """;
        const string Expected = """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Program
            {
                static async Task<int> Main()
                {
                    Multiprocess.MainGuard();
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                    await p.JoinAsync();
                    return 0;
                }
            }
            """;
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Uses_the_global_name_when_Multiprocess_means_something_else()
    {
        const string Source = """
            {|MP0001:Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();|}

            class Multiprocess { }
            """;
        const string Expected = """
            global::Multiprocessing.Multiprocess.MainGuard();
            Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();

            class Multiprocess { }
            """;
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Turns_an_expression_bodied_Main_into_a_block()
    {
        const string Source = """
            using Multiprocessing;

            static class Program
            {
                static int {|MP0001:Main|}() => Start();

                static int Start()
                {
                    ChildProcess.Create(Work.Square, 5).Start();
                    return 0;
                }
            }
            """;
        const string Expected = """
            using Multiprocessing;

            static class Program
            {
                static int Main()
                {
                    Multiprocess.MainGuard();
                    return Start();
                }

                static int Start()
                {
                    ChildProcess.Create(Work.Square, 5).Start();
                    return 0;
                }
            }
            """;
        await Fix(Source, Expected);
    }

    [Fact]
    public async Task Moves_a_misplaced_guard_to_the_top()
    {
        const string Source = """
            using System;
            using Multiprocessing;

            Console.WriteLine("runs in every child");
            {|MP0001:Multiprocess.MainGuard();|}
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        const string Expected = """
            using System;
            using Multiprocessing;

            Multiprocess.MainGuard();
            Console.WriteLine("runs in every child");
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Fix(Source, Expected, MoveTitle);
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
                    {|MP0001:Multiprocessing.Multiprocess.MainGuard();|}
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
        await Fix(Source, Expected, MoveTitle);
    }

    [Fact]
    public async Task Offers_no_move_for_a_guard_nested_in_a_block()
    {
        const string Source = """
            using Multiprocessing;

            if (args.Length == 0)
            {
                {|MP0001:Multiprocess.MainGuard();|}
            }
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Empty(await VerifyFix.GetFixTitlesAsync(new[] { Source, Targets }, OutputKind.ConsoleApplication, CompilationEnd));
    }
}
