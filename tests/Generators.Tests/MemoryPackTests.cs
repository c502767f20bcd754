using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using System.Collections.Immutable;

namespace Multiprocessing.Generators.Tests;

/// <summary>
/// <c>[MemoryPackable]</c> types in a compilation that references MemoryPack get a marshaller that calls MemoryPack on
/// the concrete type; their members are not walked (MemoryPack's business). Without MemoryPack, nothing changes.
/// </summary>
public class MemoryPackTests
{
    private const string Source = """
        using System.Collections.Generic;
        using MemoryPack;
        using Multiprocessing;

        namespace Mp
        {
            public enum Kind { A, B }

            [MemoryPackable]
            public partial record Order(int Id, IReadOnlyList<string> Tags, Kind Kind, int? Discount);

            [MemoryPackable]
            public partial struct Point { public string Label; public int X; }

            [MemoryPackable(GenerateType.VersionTolerant)]
            public partial class Profile { [MemoryPackOrder(0)] public int Id { get; set; } }

            public record Plain(string Name, Order Inner);

            public static class Worker
            {
                [ProcessTarget] public static Order? Ship(List<Order> orders, Point? point, Plain plain, Profile profile) => null;
            }
        }
        """;

    /// <summary>Runs MemoryPack's generator beside ours (as a build does), and checks that the output compiles cleanly.</summary>
    private static GeneratorRun RunWithMemoryPack(string source)
    {
        string path = typeof(MemoryPackTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "MemoryPackGenerator").Value!;
        var memoryPack = new AnalyzerFileReference(path, new GeneratorLoader()).GetGenerators(LanguageNames.CSharp);
        Assert.NotEmpty(memoryPack);
        // MemoryPack's generator writes for the target framework its compilation says (NET7_0_OR_GREATER and up).
        var options = GeneratorHarness.ParseOptions.WithPreprocessorSymbols(
            "NET", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER");
        var compilation = GeneratorHarness.CreateCompilation(source);
        foreach (var tree in compilation.SyntaxTrees)
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(tree.GetRoot(), options));
        }

        var driver = CSharpGeneratorDriver.Create(
            [new ProcessTargetGenerator().AsSourceGenerator(), .. memoryPack],
            parseOptions: options);
        var run = GeneratorHarness.Run(driver, compilation);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "Generator diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics));
        GeneratorHarness.AssertCompilesCleanly(run.Output);
        return run with { Sources = run.Sources.Where(s => s.HintName.StartsWith("Multiprocessing.", StringComparison.Ordinal)).ToImmutableArray() };
    }

    [Fact]
    public void A_MemoryPackable_type_gets_a_MemoryPack_marshaller_on_its_concrete_type() =>
        Snapshots.Verify("MemoryPack", RunWithMemoryPack(Source));

    [Fact]
    public void A_nested_MemoryPackable_type_registers_its_formatter_without_reflection()
    {
        // Under NativeAOT, MemoryPack's reflection lookup of Line's formatter (reached through IReadOnlyList<Line>) failed.
        var run = RunWithMemoryPack("""
            using System.Collections.Generic;
            using MemoryPack;
            using Multiprocessing;

            namespace Mp
            {
                [MemoryPackable] public partial record Line(string Item, int Count);
                [MemoryPackable] public partial record Order(int Id, IReadOnlyList<Line> Lines, Dictionary<string, Line[]> ByItem);
                public static class Worker { [ProcessTarget] public static int Ship(Order order) => 0; }
            }
            """);
        string registry = run.Sources.Single().Source;
        Assert.Contains("global::MemoryPack.MemoryPackFormatterProvider.Register<global::Mp.Line>();", registry);
        Assert.Contains("global::MemoryPack.MemoryPackFormatterProvider.Register<global::Mp.Order>();", registry);
    }

    [Fact]
    public void The_generated_code_calls_MemoryPack_on_the_concrete_type_only()
    {
        var run = RunWithMemoryPack(Source);
        string registry = run.Sources.Single(s => s.HintName == "Multiprocessing.ProcessTargets.g.cs").Source;
        Assert.Contains("global::MemoryPack.MemoryPackSerializer.Serialize<global::Mp.Order, global::Multiprocessing.Marshalling.MarshalWriter>(writer, value);", registry);
        Assert.Contains("global::MemoryPack.MemoryPackSerializer.Deserialize<global::Mp.Point>(bytes, ref value);", registry);
        Assert.Contains("Marshaller<global::Mp.Profile?>.TryRegister(new Mp_Profile_MemoryPackMarshaller());", registry);
        // A plain record keeps the SDK's format, and its [MemoryPackable] member travels in MemoryPack's inside it.
        Assert.Contains("file sealed class Mp_Plain_Marshaller", registry);
        Assert.DoesNotContain("Mp_Plain_MemoryPackMarshaller", registry);
        // No helper generic over T (it crashed under NativeAOT).
        Assert.DoesNotContain("Serialize<T", registry);
    }

    [Fact]
    public void Without_MemoryPack_an_attribute_of_the_same_name_changes_nothing()
    {
        // A look-alike attribute, and no MemoryPack reference: the SDK's own rules apply, so the 'object' member is MP0102.
        const string lookAlike = """
            using System.Collections.Generic;
            using Multiprocessing;

            namespace MemoryPack { public sealed class MemoryPackableAttribute : System.Attribute { } }

            namespace Mp
            {
                [MemoryPack.MemoryPackable]
                public partial record Order(int Id, object Tags);

                public static class Worker { [ProcessTarget] public static int Ship(Order order) => 0; }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(lookAlike);
        compilation = compilation.RemoveReferences(compilation.References.Where(r => r.Display?.Contains("MemoryPack", StringComparison.Ordinal) == true));
        Assert.Null(compilation.GetTypeByMetadataName("MemoryPack.MemoryPackSerializer"));
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        Assert.Contains("Tags", diagnostic.GetMessage());
        Assert.DoesNotContain(run.Sources, s => s.Source.Contains("MemoryPackSerializer", StringComparison.Ordinal));
    }

    [Fact]
    public void With_MemoryPack_the_same_record_travels_without_MP0102()
    {
        var run = RunWithMemoryPack("""
            using System.Collections.Generic;
            using Multiprocessing;

            namespace Mp
            {
                [MemoryPack.MemoryPackable]
                public partial record Order(int Id, IReadOnlyList<string> Tags);

                public static class Worker { [ProcessTarget] public static int Ship(Order order) => 0; }
            }
            """);
        Assert.Contains("Mp_Order_MemoryPackMarshaller", run.Sources.Single().Source);
    }

    /// <summary>Loads MemoryPack's generator (and what it depends on) from its package folder.</summary>
    private sealed class GeneratorLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
