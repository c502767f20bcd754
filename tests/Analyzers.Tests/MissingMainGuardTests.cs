using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyGuard = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpAnalyzerVerifier<Multiprocessing.Analyzers.MissingMainGuardAnalyzer>;

namespace Multiprocessing.Analyzers.Tests;

public class MissingMainGuardTests
{

    // A second file that declares a target, as most apps do.
    private const string Targets = """
        using Multiprocessing;

        static class Work
        {
            [ProcessTarget]
            public static void Square(int x) { }
        }
        """;

    // The diagnostics are markup in the sources; every one reported must have a message containing each of
    // `contains`, starting with `startsWith`, and (when given) the Kind property `kind`.
    private static Task Verify(
        string[] sources,
        string[]? contains = null,
        string startsWith = "",
        string? kind = null,
        string? publishAot = null,
        OutputKind outputKind = OutputKind.ConsoleApplication,
        bool withoutSdk = false,
        bool compilerErrors = false,
        params DiagnosticResult[] expected)
    {
        var test = new VerifyGuard.Test
        {
            MessageContains = contains ?? Array.Empty<string>(),
            MessageStartsWith = startsWith,
            Properties = kind is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { [MissingMainGuardAnalyzer.KindProperty] = kind },
            GlobalOptions = publishAot is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [MissingMainGuardAnalyzer.PublishAotProperty] = publishAot },
            WithoutSdk = withoutSdk,
        };
        test.TestState.OutputKind = outputKind;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (compilerErrors)
        {
            test.CompilerDiagnostics = CompilerDiagnostics.None;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static Task Run(string program, string? other = Targets, OutputKind kind = OutputKind.ConsoleApplication, string[]? contains = null, string? missingKind = null) =>
        Verify(other is null ? new[] { program } : new[] { program, other }, contains, kind: missingKind, outputKind: kind);

    public static TheoryData<string, string> EntryPointsWithoutGuard => new()
    {
        {
            "top-level",
            """
            using Multiprocessing;

            {|MP0001:var p = ChildProcess.Create(Work.Square, 5);|}
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
                static void {|MP0001:Main|}()
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
                static void {|MP0001:Main|}(string[] args)
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
                static int {|MP0001:Main|}(string[] args)
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
                static async Task {|MP0001:Main|}()
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
                public static async Task<int> {|MP0001:Main|}(string[] args)
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
    public Task Fires_on_every_entry_point_shape_without_the_guard(string shape, string program) =>
        // The markup puts the span on 'Main' for a Main method, on the first statement of a top-level program.
        shape.StartsWith("top-level", StringComparison.Ordinal)
            ? Verify(new[] { program, Targets }, new[] { "does not call Multiprocess.MainGuard()" }, "The top-level program", MissingMainGuardAnalyzer.MissingKind)
            : Verify(new[] { program, Targets }, new[] { "does not call Multiprocess.MainGuard()", "'Program.Main'" }, kind: MissingMainGuardAnalyzer.MissingKind);

    private const string ProgramWithoutGuard = """
        using Multiprocessing;

        {|#0:var p = ChildProcess.Create(Work.Square, 5);|}
        p.Start();
        p.Join();
        """;

    [Fact]
    public Task Missing_guard_is_a_warning_that_names_the_child_host_cost_when_PublishAot_is_not_set() =>
        Verify(
            new[] { ProgramWithoutGuard, Targets },
            new[] { "child host", "slower", "never under NativeAOT" },
            expected: new DiagnosticResult("MP0001", DiagnosticSeverity.Warning).WithLocation(0));

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    public Task Missing_guard_stays_a_warning_when_PublishAot_is_false_or_empty(string publishAot) =>
        Verify(new[] { ProgramWithoutGuard, Targets }, publishAot: publishAot, expected: new DiagnosticResult("MP0001", DiagnosticSeverity.Warning).WithLocation(0));

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public Task Missing_guard_is_an_error_when_PublishAot_is_set(string publishAot) =>
        Verify(
            new[] { ProgramWithoutGuard, Targets },
            new[] { "NativeAOT", "no child host" },
            kind: MissingMainGuardAnalyzer.MissingKind,
            publishAot: publishAot,
            expected: new DiagnosticResult("MP0001", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task Misplaced_guard_stays_a_warning_when_PublishAot_is_set()
    {
        // The guard runs, so the children find their targets; only the code before it runs again.
        const string program = """
            using Multiprocessing;

            System.Console.WriteLine("before");
            {|#0:Multiprocess.MainGuard();|}
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        return Verify(
            new[] { program, Targets },
            kind: MissingMainGuardAnalyzer.NotFirstKind,
            publishAot: "true",
            expected: new DiagnosticResult("MP0001", DiagnosticSeverity.Warning).WithLocation(0));
    }

    [Fact]
    public async Task Guarded_program_has_no_diagnostic_when_PublishAot_is_set()
    {
        const string program = """
            using Multiprocessing;

            Multiprocess.MainGuard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Verify(new[] { program, Targets }, publishAot: "true");
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
    public Task Silent_when_the_guard_is_first(string program) =>
        Run(program);

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

            {|MP0001:Host.CreateDefaultBuilder(args)
                .ConfigureServices(services => { })
                .Build()
                .Run();|}
            """;
        await Verify(new[] { Program, HostTypes, Targets });
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
        await Verify(new[] { Program, HostTypes, Targets });
    }

    [Fact]
    public async Task Reports_a_guard_that_is_not_the_first_statement()
    {
        const string Program = """
            using System;
            using Multiprocessing;

            Console.WriteLine("starting");
            {|MP0001:Multiprocess.MainGuard();|}
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Run(Program, contains: new[] { "not the first statement of the top-level program", "runs again in every child process" }, missingKind: MissingMainGuardAnalyzer.NotFirstKind);
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
                    {|MP0001:Multiprocess.MainGuard();|}
                    ChildProcess.Create(Work.Square, 5).Start();
                }
            }
            """;
        await Run(Program, contains: new[] { "not the first statement of 'Program.Main'" });
    }

    [Fact]
    public async Task A_guard_nested_in_an_if_is_not_first()
    {
        const string Program = """
            using Multiprocessing;

            if (args.Length == 0)
            {
                {|MP0001:Multiprocess.MainGuard();|}
            }
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Run(Program, missingKind: MissingMainGuardAnalyzer.NotFirstKind);
    }

    [Fact]
    public async Task A_guard_in_another_method_does_not_count()
    {
        const string Program = """
            using Multiprocessing;

            static class Program
            {
                static void {|MP0001:Main|}()
                {
                    Setup();
                    ChildProcess.Create(Work.Square, 5).Start();
                }

                static void Setup() => Multiprocess.MainGuard();
            }
            """;
        await Run(Program, missingKind: MissingMainGuardAnalyzer.MissingKind);
    }

    [Fact]
    public async Task A_guard_in_a_lambda_does_not_count()
    {
        const string Program = """
            using System;
            using Multiprocessing;

            {|MP0001:Action guard = () => Multiprocess.MainGuard();|}
            guard();
            ChildProcess.Create(Work.Square, 5).Start();
            """;
        await Run(Program, missingKind: MissingMainGuardAnalyzer.MissingKind);
    }

    [Fact]
    public async Task A_MainGuard_method_on_another_type_is_not_the_guard()
    {
        const string Program = """
            using Multiprocessing;

            {|MP0001:MyApp.Multiprocess.MainGuard();|}
            ChildProcess.Create(Work.Square, 5).Start();

            namespace MyApp
            {
                static class Multiprocess
                {
                    public static void MainGuard() { }
                }
            }
            """;
        await Run(Program, missingKind: MissingMainGuardAnalyzer.MissingKind);
    }

    [Fact]
    public async Task Fires_when_the_app_only_declares_targets()
    {
        const string Program = """
            {|MP0001:System.Console.WriteLine("hello");|}
            """;
        await Run(Program);
    }

    [Fact]
    public async Task Fires_when_the_app_only_uses_a_ChildProcess_subclass()
    {
        const string Program = """
            {|MP0001:new Worker().Start();|}

            class Worker : Multiprocessing.ChildProcess
            {
                public override void Run() { }
            }
            """;
        await Run(Program, other: null);
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
        await Verify(new[] { Program, Uses }, compilerErrors: true);

        const string RealProgram = """
            static class Program
            {
                static void {|MP0001:Main|}() { }
            }
            """;
        await Verify(new[] { RealProgram, Uses });
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
        await Run(Library, kind: OutputKind.DynamicallyLinkedLibrary);
    }

    [Fact]
    public async Task Silent_on_an_app_that_never_uses_processes()
    {
        const string Program = """
            using Multiprocessing;

            System.Console.WriteLine(Multiprocess.CpuCount);
            """;
        await Run(Program, other: null);
    }

    [Fact]
    public async Task Silent_without_the_runtime()
    {
        const string Program = """
            System.Console.WriteLine("no Multiprocessing reference");
            """;
        await Verify(new[] { Program }, withoutSdk: true);
    }
}
