using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Multiprocessing.Generators;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// The source generator (MP0102 at a [ProcessTarget]'s parameter) and the analyzers (MP0004 at a call site, through
/// <see cref="MarshalRules.Check"/>) decide what travels with one rule file (src/Rules, compiled into both). This
/// table pins that they agree, type by type: whether it travels, and when not, the same member path and reason.
/// </summary>
public sealed class TravelRulesAgreementTests
{
    private const string Declarations = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.IO;
        using System.Net;
        using System.Net.Sockets;
        using System.Numerics;
        using System.Threading;
        using System.Threading.Tasks;
        using Multiprocessing;
        using Multiprocessing.Marshalling;

        [assembly: ProcessMarshaller(typeof(IPAddress), typeof(IPAddressMarshaller))]

        namespace MemoryPack { public sealed class MemoryPackableAttribute : Attribute { } }

        public sealed class IPAddressMarshaller : IProcessMarshaller<IPAddress?>
        {
            public void Write(MarshalWriter writer, IPAddress? value) { }
            public IPAddress? Read(ref MarshalReader reader) => null;
        }

        public enum Color { Red, Green }
        public sealed record Point(int X, int Y);
        public sealed record Address(string Street, IEnumerable<string> Lines);
        public sealed record Person(string Name, Address Home);
        public sealed record Job(string Name, List<Point> Points, Dictionary<string, int[]> Weights, (int, string)? Tag);
        public sealed class Node { public int Value { get; set; } public Node? Next { get; set; } }
        public record Shape(string Name);
        public sealed record Circle(string Name, double Radius) : Shape(Name);
        public abstract class Lonely { }
        public sealed class Holder { public Func<int>? Callback { get; set; } }
        public sealed class NoCtor { public NoCtor(int x) { X = x; } public int X { get; set; } }
        public sealed class ReadonlyField { public readonly int X; }
        public sealed class GetOnly { public int X { get; } }
        public sealed class PrivateSetter { public int X { get; private set; } }
        public sealed record Idioms(IReadOnlyList<Point> Points, ImmutableArray<string> Names, Uri Home, Version Version, BigInteger Big, ReadOnlyMemory<byte> Bytes);
        public sealed record Endpoint(IPAddress Address, int Port);
        [MemoryPack.MemoryPackable] public sealed partial class Packed { public Stream? Log { get; set; } }
        public sealed record Deep(string Name, List<Dictionary<string, (int, Stream)>> Table);
        """;

    /// <summary>A type, and whether it travels.</summary>
    public static TheoryData<string, bool> Table => new()
    {
        { "int", true },
        { "string", true },
        { "Color", true },
        { "Guid", true },
        { "DateTime", true },
        { "int[]", true },
        { "string[]", true },
        { "int[][]", true },
        { "List<int>", true },
        { "Dictionary<string, int[]>", true },
        { "HashSet<string>", true },
        { "int?", true },
        { "(int, string)", true },
        { "Point", true },
        { "Job", true },
        { "Node", true },
        { "Shape", true },
        { "IReadOnlyList<Point>", true },
        { "IReadOnlyCollection<int>", true },
        { "IReadOnlyDictionary<string, Point>", true },
        { "IReadOnlySet<int>", true },
        { "ImmutableArray<string>", true },
        { "ImmutableList<int>", true },
        { "ImmutableDictionary<string, int>", true },
        { "Uri", true },
        { "Version", true },
        { "BigInteger", true },
        { "ReadOnlyMemory<byte>", true },
        { "Memory<int>", true },
        { "Idioms", true },
        { "IPAddress", true },
        { "Endpoint", true },
        { "Packed", false }, // a look-alike [MemoryPackable] without MemoryPack's serializer changes nothing: its Stream member fails
        { "ProcessQueue<Point>", true },
        { "ProcessLock", true },
        { "ProcessQueue<Stream>", false },
        { "object", false },
        { "IEnumerable<int>", false },
        { "IList<int>", false },
        { "Stream", false },
        { "MemoryStream", false },
        { "Func<int>", false },
        { "Task", false },
        { "CancellationTokenSource", false }, // a CancellationToken parameter is the child's token: see the fact below
        { "Thread", false },
        { "int[,]", false },
        { "Lonely", false },
        { "Holder", false },
        { "NoCtor", false },
        { "ReadonlyField", false },
        { "GetOnly", false },
        { "PrivateSetter", false },
        { "Person", false },
        { "(int, Stream)", false },
        { "List<Stream>", false },
        { "Dictionary<string, object>", false },
        { "IReadOnlyList<Stream>", false },
        { "Memory<string>", false },
        { "Deep", false },
        { "Socket", false },
        { "StringWriter", false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Generator_and_analyzers_agree(string type, bool travels)
    {
        var source = Declarations + "\n" + $$"""
            public static class T { [ProcessTarget] public static void F({{type}} p) { } }
            public static class App { public static void Go() { ChildProcess.Create(T.F, default({{type}})!); } }
            """;
        var compilation = Compile(source);
        var parameterType = compilation.GetTypeByMetadataName("T")!.GetMembers("F").OfType<IMethodSymbol>().Single().Parameters[0].Type;

        // The analyzers' answer: the rules MP0004 calls, and MP0004 itself at the call site.
        var failure = new MarshalRules(compilation).Check(parameterType);
        var mp0004 = (await AnalyzerDiagnosticsAsync(compilation)).Where(d => d.Id == "MP0004").ToList();

        // The generator's answer: MP0102 at the target's parameter.
        var driver = CSharpGeneratorDriver.Create(new[] { new ProcessTargetGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var mp0102 = generatorDiagnostics.Where(d => d.Id == "MP0102").ToList();

        Assert.Equal(travels, failure is null);
        Assert.Equal(travels, mp0004.Count == 0);
        Assert.Equal(travels, mp0102.Count == 0);
        if (travels)
        {
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", errors));
            return;
        }

        var (_, path, reason) = failure!.Value;
        string generatorMessage = mp0102[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("'p" + path + "' of type ", generatorMessage);
        Assert.EndsWith(": " + reason + ".", generatorMessage);
        string analyzerMessage = Assert.Single(mp0004).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith(": " + reason, analyzerMessage);
        if (path.Length > 0)
        {
            Assert.Contains("its part '" + path.TrimStart('.') + "'", analyzerMessage);
        }
    }

    [Fact]
    public async Task Without_the_assembly_level_registration_a_type_one_does_not_own_is_MP0004()
    {
        var source = Declarations.Replace("[assembly: ProcessMarshaller(typeof(IPAddress), typeof(IPAddressMarshaller))]", "") + """

            public static class T { [ProcessTarget] public static void F(Endpoint p) { } }
            public static class App { public static void Go() { ChildProcess.Create(T.F, new Endpoint(IPAddress.Loopback, 1)); } }
            """;
        var diagnostics = await AnalyzerDiagnosticsAsync(Compile(source));
        Assert.True(diagnostics.Length == 1, "Expected one MP0004, got:\n" + string.Join("\n", diagnostics));
        var diagnostic = diagnostics[0];
        Assert.Equal("MP0004", diagnostic.Id);
        Assert.Contains("its part 'Address' is of type IPAddress", diagnostic.GetMessage());
        Assert.Contains("[assembly: ProcessMarshaller(typeof(TheType), typeof(YourMarshaller))]", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_CancellationToken_parameter_is_the_childs_token_but_a_token_passed_as_data_is_MP0004()
    {
        // The generator takes a target's CancellationToken parameter for the token its caller cancels (no MP0102);
        // the rules still say a token cannot travel as data, so passing one as the argument of Create<T1> is MP0004.
        var source = Declarations + "\n" + """
            public static class T { [ProcessTarget] public static void F(CancellationToken p) { } }
            public static class App { public static void Go() { ChildProcess.Create(T.F, default(CancellationToken)); } }
            """;
        var compilation = Compile(source);
        var parameterType = compilation.GetTypeByMetadataName("T")!.GetMembers("F").OfType<IMethodSymbol>().Single().Parameters[0].Type;
        Assert.NotNull(new MarshalRules(compilation).Check(parameterType));
        var mp0004 = Assert.Single((await AnalyzerDiagnosticsAsync(compilation)).Where(d => d.Id == "MP0004"));
        Assert.Contains("default(CancellationToken)", mp0004.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var driver = CSharpGeneratorDriver.Create(new[] { new ProcessTargetGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var generatorDiagnostics);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "MP0102");
    }

    [Fact]
    public void The_table_is_long_enough_to_mean_something() =>
        Assert.True(Table.Count >= 30);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // One library compilation of the whole source, against the same targeting pack and Multiprocessing.dll as the
    // harness tests; it must compile without errors (the generator and the analyzers then judge the same program).
    private static CSharpCompilation Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "TestApp",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, "Program.cs") },
            LocalReferenceAssemblies.Framework.Append(LocalReferenceAssemblies.Sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }

    // The diagnostics of UnmarshallableArgumentAnalyzer (MP0004) on the compilation.
    private static Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnmarshallableArgumentAnalyzer())).GetAnalyzerDiagnosticsAsync();
}
