using Microsoft.CodeAnalysis;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class MissingMainGuardTests
{
    private static readonly MissingMainGuardAnalyzer Analyzer = new();

    // A second file that declares a target, as most apps do.
    private const string Targets = """
        using Multiprocessing;

        static class Work
        {
            [ProcessTarget]
            public static void Square(int x) { }
        }
        """;

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Run(string program, string? other = Targets, OutputKind kind = OutputKind.ConsoleApplication) =>
        AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, other is null ? new[] { program } : new[] { program, other }, kind);

    public static TheoryData<string, string> EntryPointsWithoutGuard => new()
    {
        {
            "top-level",
            """
            using Multiprocessing;

            var p = ChildProcess.Create(Work.Square, 5);
            p.Start();
            p.Join();
            """
        },
        {
            "static void Main()",
            """
            using Multiprocessing;

            static class Program
            {
                static void Main()
                {
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                }
            }
            """
        },
        {
            "static void Main(string[] args)",
            """
            using Multiprocessing;

            static class Program
            {
                static void Main(string[] args)
                {
                    ChildProcess.Create(Work.Square, args.Length).Start();
                }
            }
            """
        },
        {
            "static int Main(string[] args)",
            """
            using Multiprocessing;

            static class Program
            {
                static int Main(string[] args)
                {
                    using var p = ChildProcess.Create(Work.Square, 2);
                    p.Start();
                    p.Join();
                    return p.ExitCode ?? 1;
                }
            }
            """
        },
        {
            "static async Task Main()",
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            static class Program
            {
                static async Task Main()
                {
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                    await p.JoinAsync();
                }
            }
            """
        },
        {
            "static async Task<int> Main(string[] args)",
            """
            using System.Threading.Tasks;
            using Multiprocessing;

            class Program
            {
                public static async Task<int> Main(string[] args)
                {
                    var p = ChildProcess.Create(Work.Square, 5);
                    p.Start();
                    await p.JoinAsync();
                    return 0;
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(EntryPointsWithoutGuard))]
    public async Task Fires_on_every_entry_point_shape_without_the_guard(string shape, string program)
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(program), "MP0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("does not call Multiprocess.MainGuard()", diagnostic.GetMessage());
        Assert.Equal(MissingMainGuardAnalyzer.MissingKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
        Assert.True(AnalyzerVerifier.SpanText(diagnostic).Length > 0, shape);
        if (!shape.StartsWith("top-level", StringComparison.Ordinal))
        {
            Assert.Equal("Main", AnalyzerVerifier.SpanText(diagnostic));
            Assert.Contains("'Program.Main'", diagnostic.GetMessage());
        }
        else
        {
            Assert.StartsWith("The top-level program", diagnostic.GetMessage());
        }
    }

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> RunWithPublishAot(string program, string publishAot) =>
        AnalyzerVerifier.GetDiagnosticsAsync(
            Analyzer,
            new[] { program, Targets },
            globalOptions: new Dictionary<string, string> { [MissingMainGuardAnalyzer.PublishAotProperty] = publishAot });

    private const string ProgramWithoutGuard = """
        using Multiprocessing;

        var p = ChildProcess.Create(Work.Square, 5);
        p.Start();
        p.Join();
        """;

    [Fact]
    public async Task Missing_guard_is_a_warning_that_names_the_child_host_cost_when_PublishAot_is_not_set()
    {
        var diagnostic = AnalyzerVerifier.Single(await Run(ProgramWithoutGuard), "MP0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("child host", diagnostic.GetMessage());
        Assert.Contains("slower", diagnostic.GetMessage());
        Assert.Contains("never under NativeAOT", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    public async Task Missing_guard_stays_a_warning_when_PublishAot_is_false_or_empty(string publishAot)
    {
        var diagnostic = AnalyzerVerifier.Single(await RunWithPublishAot(ProgramWithoutGuard, publishAot), "MP0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public async Task Missing_guard_is_an_error_when_PublishAot_is_set(string publishAot)
    {
        var diagnostic = AnalyzerVerifier.Single(await RunWithPublishAot(ProgramWithoutGuard, publishAot), "MP0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("NativeAOT", diagnostic.GetMessage());
        Assert.Contains("no child host", diagnostic.GetMessage());
        Assert.Equal(MissingMainGuardAnalyzer.MissingKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task Misplaced_guard_stays_a_warning_when_PublishAot_is_set()
    {
        // The guard runs, so the children find their targets; only the code before it runs again.
        const string program = """
            using Multiprocessing;

            System.Console.WriteLine("before");
            Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        var diagnostic = AnalyzerVerifier.Single(await RunWithPublishAot(program, "true"), "MP0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(MissingMainGuardAnalyzer.NotFirstKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task Guarded_program_has_no_diagnostic_when_PublishAot_is_set()
    {
        const string program = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        Assert.Empty(await RunWithPublishAot(program, "true"));
    }

    public static TheoryData<string> EntryPointsWithGuard => new()
    {
        """
        using Multiprocessing;

        Multiprocess.MainGuard();
        var p = ChildProcess.Create(Work.Square, 5);
        p.Start();
        """,
        """
        Multiprocessing.Multiprocess.MainGuard();
        Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
        """,
        """
        global::Multiprocessing.Multiprocess.MainGuard();
        global::Multiprocessing.ChildProcess.Create(Work.Square, 5).Start();
        """,
        """
        using MP = Multiprocessing;
        using static Multiprocessing.Multiprocess;

        MainGuard();
        MP.ChildProcess.Create(Work.Square, 5).Start();
        """,
        """
        using Multiprocessing;

        static class Program
        {
            static void Main()
            {
                Multiprocess.MainGuard();
                ChildProcess.Create(Work.Square, 5).Start();
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Multiprocessing;

        static class Program
        {
            static async Task<int> Main(string[] args)
            {
                Multiprocess.MainGuard();
                var p = ChildProcess.Create(Work.Square, 5);
                p.Start();
                await p.JoinAsync();
                return 0;
            }
        }
        """,
        """
        using Multiprocessing;

        static class Program
        {
            static void Main() => Multiprocess.MainGuard();
        }
        """,
        // A local function declaration runs nothing: the guard is still the first code that runs.
        """
        using Multiprocessing;

        static void Helper() { }
        Multiprocess.MainGuard();
        ChildProcess.Create(Work.Square, 5).Start();
        Helper();
        """,
    };

    [Theory]
    [MemberData(nameof(EntryPointsWithGuard))]
    public async Task Silent_when_the_guard_is_first(string program) =>
        Assert.Empty(await Run(program));

    private const string HostTypes = """
        namespace Microsoft.Extensions.Hosting
        {
            public interface IHost { void Run(); }
            public interface IHostBuilder { IHostBuilder ConfigureServices(System.Action<object> configure); IHost Build(); }
            public static class Host { public static IHostBuilder CreateDefaultBuilder(string[] args) => null!; }
        }
        """;

    [Fact]
    public async Task Fires_on_a_generic_host_program_without_the_guard()
    {
        const string Program = """
            using Microsoft.Extensions.Hosting;

            Host.CreateDefaultBuilder(args)
                .ConfigureServices(services => { })
                .Build()
                .Run();
            """;
        var diagnostics = await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program, HostTypes, Targets });
        var diagnostic = AnalyzerVerifier.Single(diagnostics, "MP0001");
        Assert.StartsWith("Host.CreateDefaultBuilder(args)", AnalyzerVerifier.SpanText(diagnostic));
    }

    [Fact]
    public async Task Silent_on_a_generic_host_program_with_the_guard()
    {
        const string Program = """
            using Microsoft.Extensions.Hosting;
            using Multiprocessing;

            Multiprocess.MainGuard();
            Host.CreateDefaultBuilder(args)
                .ConfigureServices(services => { })
                .Build()
                .Run();
            """;
        Assert.Empty(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program, HostTypes, Targets }));
    }

    [Fact]
    public async Task Reports_a_guard_that_is_not_the_first_statement()
    {
        const string Program = """
            using System;
            using Multiprocessing;

            Console.WriteLine("starting");
            Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Equal("Multiprocess.MainGuard();", AnalyzerVerifier.SpanText(diagnostic));
        Assert.Equal(MissingMainGuardAnalyzer.NotFirstKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
        Assert.Contains("not the first statement of the top-level program", diagnostic.GetMessage());
        Assert.Contains("runs again in every child process", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Reports_a_guard_second_in_Main()
    {
        const string Program = """
            using System;
            using Multiprocessing;

            static class Program
            {
                static void Main()
                {
                    var started = DateTime.Now;
                    Multiprocess.MainGuard();
                    ChildProcess.Create(Work.Square, 5).Start();
                }
            }
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Contains("not the first statement of 'Program.Main'", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_guard_nested_in_an_if_is_not_first()
    {
        const string Program = """
            using Multiprocessing;

            if (args.Length == 0)
            {
                Multiprocess.MainGuard();
            }
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Equal(MissingMainGuardAnalyzer.NotFirstKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task A_guard_in_another_method_does_not_count()
    {
        const string Program = """
            using Multiprocessing;

            static class Program
            {
                static void Main()
                {
                    Setup();
                    ChildProcess.Create(Work.Square, 5).Start();
                }

                static void Setup() => Multiprocess.MainGuard();
            }
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Equal(MissingMainGuardAnalyzer.MissingKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task A_guard_in_a_lambda_does_not_count()
    {
        const string Program = """
            using System;
            using Multiprocessing;

            Action guard = () => Multiprocess.MainGuard();
            guard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Equal(MissingMainGuardAnalyzer.MissingKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task A_MainGuard_method_on_another_type_is_not_the_guard()
    {
        const string Program = """
            using Multiprocessing;

            MyApp.Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();

            namespace MyApp
            {
                static class Multiprocess
                {
                    public static void MainGuard() { }
                }
            }
            """;
        var diagnostic = AnalyzerVerifier.Single(await Run(Program), "MP0001");
        Assert.Equal(MissingMainGuardAnalyzer.MissingKind, diagnostic.Properties[MissingMainGuardAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task Fires_when_the_app_only_declares_targets()
    {
        const string Program = """
            System.Console.WriteLine("hello");
            """;
        AnalyzerVerifier.Single(await Run(Program), "MP0001");
    }

    [Fact]
    public async Task Fires_when_the_app_only_uses_a_ChildProcess_subclass()
    {
        const string Program = """
            new Worker().Start();

            class Worker : Multiprocessing.ChildProcess
            {
                public override void Run() { }
            }
            """;
        AnalyzerVerifier.Single(await Run(Program, other: null), "MP0001");
    }

    [Fact]
    public async Task Fires_when_the_app_only_starts_processes_declared_elsewhere()
    {
        const string Program = """
            static class Program
            {
                static void Main(System.Action<int> target) { }
            }
            """;

        // Main(Action<int>) is no entry point: nothing to report even with processes in use.
        const string Uses = """
            static class Use
            {
                public static void Go(System.Action<int> target) => Multiprocessing.ChildProcess.Create(target, 1).Start();
            }
            """;
        Assert.Empty(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { Program, Uses }, allowCompilerErrors: true));

        const string RealProgram = """
            static class Program
            {
                static void Main() { }
            }
            """;
        AnalyzerVerifier.Single(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, new[] { RealProgram, Uses }), "MP0001");
    }

    [Fact]
    public async Task Silent_on_a_library()
    {
        const string Library = """
            using Multiprocessing;

            public static class Api
            {
                public static void Go() => ChildProcess.Create(Work.Square, 5).Start();
            }
            """;
        Assert.Empty(await Run(Library, kind: OutputKind.DynamicallyLinkedLibrary));
    }

    [Fact]
    public async Task Silent_on_an_app_that_never_uses_processes()
    {
        const string Program = """
            using Multiprocessing;

            System.Console.WriteLine(Multiprocess.CpuCount);
            """;
        Assert.Empty(await Run(Program, other: null));
    }

    [Fact]
    public async Task Silent_without_the_runtime()
    {
        const string Program = """
            System.Console.WriteLine("no Multiprocessing reference");
            """;
        Assert.Empty(await AnalyzerVerifier.GetDiagnosticsAsync(Analyzer, Program, withSdk: false));
    }
}
