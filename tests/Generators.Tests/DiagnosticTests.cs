using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generators.Tests;

public class DiagnosticTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Threading.Tasks; using Multiprocessing;\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        // id, wrong code, right code
        { "MP0101", "public class W { [ProcessTarget] public int F(int x) => x; }", "public class W { [ProcessTarget] public static int F(int x) => x; }" },
        { "MP0102", "public static class W { [ProcessTarget] public static void F(IList<int> x) { } }", "public static class W { [ProcessTarget] public static void F(List<int> x) { } }" },
        { "MP0102", "public static class W { [ProcessTarget] public static void F(object x) { } }", "public static class W { [ProcessTarget] public static void F(string x) { } }" },
        { "MP0102", "public record R(Action A); public static class W { [ProcessTarget] public static void F(R x) { } }", "public record R(int A); public static class W { [ProcessTarget] public static void F(R x) { } }" },
        { "MP0102", "public abstract class A { } public static class W { [ProcessTarget] public static A F() => null!; }", "public sealed class A { } public static class W { [ProcessTarget] public static A F() => new(); }" },
        { "MP0102", "public class C { public C(int x) { } public int X { get; set; } } public static class W { [ProcessTarget] public static void F(C c) { } }", "public class C { public int X { get; set; } } public static class W { [ProcessTarget] public static void F(C c) { } }" },
        { "MP0102", "public class C { public int X { get; } } public static class W { [ProcessTarget] public static void F(C c) { } }", "public class C { public int X { get; init; } } public static class W { [ProcessTarget] public static void F(C c) { } }" },
        { "MP0102", "public static class W { [ProcessTarget] public static void F(int[,] x) { } }", "public static class W { [ProcessTarget] public static void F(int[][] x) { } }" },
        { "MP0102", "public static class W { [ProcessTarget] public static void F(System.IO.Stream s) { } }", "public static class W { [ProcessTarget] public static void F(byte[] s) { } }" },
        { "MP0102", "public sealed class M : Multiprocessing.Marshalling.IProcessMarshaller<B?> { public void Write(Multiprocessing.Marshalling.MarshalWriter w, B? v) { } public B? Read(ref Multiprocessing.Marshalling.MarshalReader r) => null; } [Multiprocessing.Marshalling.ProcessMarshaller(typeof(M))] public sealed class B<T> { } public sealed class B { } public static class W { [ProcessTarget] public static void F(B<int> b) { } }", "public sealed class M<T> : Multiprocessing.Marshalling.IProcessMarshaller<B<T>?> { public void Write(Multiprocessing.Marshalling.MarshalWriter w, B<T>? v) { } public B<T>? Read(ref Multiprocessing.Marshalling.MarshalReader r) => null; } [Multiprocessing.Marshalling.ProcessMarshaller(typeof(M<>))] public sealed class B<T> { } public static class W { [ProcessTarget] public static void F(B<int> b) { } }" },
        { "MP0103", "public static class W { [ProcessTarget] public static T F<T>(T x) => x; }", "public static class W { [ProcessTarget] public static int F(int x) => x; }" },
        { "MP0103", "public static class W<T> { [ProcessTarget] public static int F(int x) => x; }", "public static class W { [ProcessTarget] public static int F(int x) => x; }" },
        { "MP0104", "public static class W { [ProcessTarget] public static void F(ref int x) { } }", "public static class W { [ProcessTarget] public static void F(int x) { } }" },
        { "MP0104", "public static class W { [ProcessTarget] public static void F(out int x) { x = 1; } }", "public static class W { [ProcessTarget] public static int F() => 1; }" },
        { "MP0104", "public static class W { [ProcessTarget] public static void F(in int x) { } }", "public static class W { [ProcessTarget] public static void F(int x) { } }" },
        { "MP0104", "public static unsafe class W { [ProcessTarget] public static void F(int* x) { } }", "public static class W { [ProcessTarget] public static void F(int x) { } }" },
        { "MP0105", "public class P : ChildProcess { public override void Run() { } }", "public partial class P : ChildProcess { public override void Run() { } }" },
        { "MP0105", "public class O { public partial class P : ChildProcess { public override void Run() { } } }", "public partial class O { public partial class P : ChildProcess { public override void Run() { } } }" },
        { "MP0102", "public static class W { [ProcessTarget] public static void F(System.Threading.CancellationToken a, int x, System.Threading.CancellationToken b) { } }", "public static class W { [ProcessTarget] public static void F(System.Threading.CancellationToken a, int x) { } }" },
        { "MP0106", "public static class W { [ProcessTarget] public static void F(int a, int b, int c, int d, int e, int f, int g, int h, int i) { } }", "public static class W { [ProcessTarget] public static void F(int a, int b, int c, int d, int e, int f, int g, int h) { } }" },
        { "MP0107", "public static class W { [ProcessTarget] private static void F(int x) { } }", "public static class W { [ProcessTarget] internal static void F(int x) { } }" },
        { "MP0107", "public static class O { private static class W { [ProcessTarget] public static void F(int x) { } } }", "public static class O { internal static class W { [ProcessTarget] public static void F(int x) { } } }" },
        { "MP0107", "public partial class O { private partial class P : ChildProcess { public override void Run() { } } }", "public partial class O { internal partial class P : ChildProcess { public override void Run() { } } }" },
        { "MP0108", "public static class W { [ProcessTarget] public static async void F() { await Task.Yield(); } }", "public static class W { [ProcessTarget] public static async Task F() { await Task.Yield(); } }" },
        { "MP0109", "public partial class P(int n) : ChildProcess { public int N = n; public override void Run() { } }", "public partial class P : ChildProcess { public int N; public P(int n) { N = n; } public override void Run() { } }" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_diagnostic_fires_on_wrong_code(string id, string wrong, string right)
    {
        _ = right;
        var run = GeneratorHarness.Run(Usings + "namespace T {\n" + wrong + "\n}");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        // Diagnostics travel through the pipeline as equatable data (path + span), like dotnet/runtime's generators.
        Assert.Equal("Source0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.False(diagnostic.Location.SourceSpan.IsEmpty);
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(id, d.Id));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_diagnostic_is_silent_on_right_code(string id, string wrong, string right)
    {
        _ = (id, wrong);
        GeneratorHarness.RunClean(Usings + "namespace T {\n" + right + "\n}");
    }

    [Fact]
    public void The_message_names_the_member_path_and_the_reason()
    {
        var run = GeneratorHarness.Run(Usings + """
            namespace T
            {
                public record Address(string Street, IEnumerable<string> Lines);
                public record Person(string Name, Address Home);
                public static class W { [ProcessTarget] public static void F(Person person) { } }
            }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'person.Home.Lines'", message);
        Assert.Contains("System.Collections.Generic.IEnumerable<string>", message);
        Assert.Contains("interface", message);
        Assert.Equal("person", run.Input.SyntaxTrees.First().GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + "MP0102.md", diagnostic.Descriptor.HelpLinkUri);
    }

    private const string LoggerAbstraction = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger<out TCategoryName> { }
        }
        """;

    // As Multiprocessing.Hosting declares it: the public [assembly: ProcessMarshaller] mechanism, no rule in the generator.
    private const string HostingMarshaller = """
        [assembly: Multiprocessing.Marshalling.ProcessMarshaller(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Multiprocessing.Hosting.LoggerMarshaller<>), TypeArgumentsTravel = false)]
        namespace Multiprocessing.Hosting
        {
            public sealed class LoggerMarshaller<T> : Multiprocessing.Marshalling.IProcessMarshaller<Microsoft.Extensions.Logging.ILogger<T>?>
            {
                public void Write(Multiprocessing.Marshalling.MarshalWriter writer, Microsoft.Extensions.Logging.ILogger<T>? value) { }
                public Microsoft.Extensions.Logging.ILogger<T>? Read(ref Multiprocessing.Marshalling.MarshalReader reader) => null;
            }
        }
        """;

    private const string LoggingTarget = """
        namespace T
        {
            public sealed class Work { public System.IO.Stream? Output { get; } } // a category, not data: it need not travel
            public static class W { [Multiprocessing.ProcessTarget] public static int F(int x, Microsoft.Extensions.Logging.ILogger<Work> log) => x; }
        }
        """;

    [Fact]
    public void An_ILogger_parameter_needs_the_hosting_package_and_says_so()
    {
        var run = GeneratorHarness.Run(LoggerAbstraction, LoggingTarget);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        Assert.Contains("Multiprocessing.Hosting", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_ILogger_parameter_is_marshalled_by_the_hosting_package_when_it_is_referenced()
    {
        var run = GeneratorHarness.RunClean(LoggerAbstraction, HostingMarshaller, LoggingTarget);
        var registry = Assert.Single(run.Sources, s => s.HintName.Contains("ProcessTargets", StringComparison.Ordinal)).Source;
        Assert.Contains("Register(new global::Multiprocessing.Hosting.LoggerMarshaller<global::T.Work>())", registry);
    }

    [Fact]
    public void A_referenced_assembly_s_assembly_level_marshaller_applies_to_the_app_that_references_it()
    {
        // Multiprocessing.Hosting's case: the attribute is in the package's assembly, the ILogger<T> parameter in the app's.
        var library = GeneratorHarness.CreateCompilation(LoggerAbstraction, HostingMarshaller);
        var app = GeneratorHarness.CreateCompilation(LoggingTarget).AddReferences(library.ToMetadataReference());
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), app);
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        var registry = Assert.Single(run.Sources, s => s.HintName.Contains("ProcessTargets", StringComparison.Ordinal)).Source;
        Assert.Contains("Marshaller<global::Microsoft.Extensions.Logging.ILogger<global::T.Work>?>.Register(new global::Multiprocessing.Hosting.LoggerMarshaller<global::T.Work>())", registry);
    }

    [Fact]
    public void Descriptors_are_documented_in_release_tracking()
    {
        string root = FindRepoRoot();
        string unshipped = File.ReadAllText(Path.Combine(root, "src", "Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var field in typeof(DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
        {
            var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
            Assert.Contains(descriptor.Id + " |", unshipped);
            Assert.Equal("Multiprocessing", descriptor.Category);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        }
    }

    private static string FindRepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
