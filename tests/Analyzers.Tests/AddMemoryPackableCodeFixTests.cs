using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// Where a type cannot travel in the SDK's format (MP0004, the generator's MP0102) and the compilation references
/// MemoryPack, the fix marks the user's type whose member cannot travel <c>[MemoryPackable]</c> and <c>partial</c>.
/// </summary>
public class AddMemoryPackableCodeFixTests
{
    private const string Program = """
        using System.Collections.Generic;
        using Multiprocessing;

        public static class App
        {
            public static void Go(Order order) => ChildProcess.Create(Work.Ship, order);
        }

        public static class Work
        {
            [ProcessTarget] public static int Ship(Order order) => order.Lines.Count;
        }
        """;

    private const string Types = """
        using System.Collections.Generic;

        public sealed record Line(string Item, int Count);

        /// <summary>An order.</summary>
        public sealed record Order(int Id, IList<Line> Lines);
        """;

    private static readonly MetadataReference[] MemoryPack =
        [MetadataReference.CreateFromFile(typeof(global::MemoryPack.MemoryPackSerializer).Assembly.Location)];

    [Fact]
    public async Task MP0004_marks_the_record_whose_member_cannot_travel()
    {
        var (fixedTypes, remaining) = await FixAsync(Program, Types, withMemoryPack: true, useAnalyzer: true);
        Assert.Contains("""
            /// <summary>An order.</summary>
            [MemoryPack.MemoryPackable]
            public sealed partial record Order(int Id, IList<Line> Lines);
            """.ReplaceLineEndings("\n"), fixedTypes!.ReplaceLineEndings("\n"));
        Assert.Contains("public sealed record Line(string Item, int Count);", fixedTypes); // it travels as it is
        Assert.Empty(remaining); // MP0004 agrees: a [MemoryPackable] type travels
    }

    [Fact]
    public async Task MP0102_from_the_generator_marks_the_same_record()
    {
        var (fixedTypes, _) = await FixAsync(Program, Types, withMemoryPack: true, useAnalyzer: false);
        Assert.Contains("[MemoryPack.MemoryPackable]\npublic sealed partial record Order(", fixedTypes!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_class_without_modifiers_becomes_partial_and_keeps_its_indentation()
    {
        const string types = """
            namespace Shop
            {
                class Basket { public System.Collections.Generic.ISet<int> Items { get; set; } = new System.Collections.Generic.HashSet<int>(); }
            }
            """;
        const string program = """
            using Multiprocessing;
            using Shop;

            internal static class App { public static void Go() => ChildProcess.Create(Work.Count, new Basket()); }
            internal static class Work { [ProcessTarget] public static int Count(Basket b) => b.Items.Count; }
            """;
        var (fixedTypes, remaining) = await FixAsync(program, types, withMemoryPack: true, useAnalyzer: true);
        Assert.Contains("    [MemoryPack.MemoryPackable]\n    partial class Basket {", fixedTypes!.ReplaceLineEndings("\n"));
        Assert.Empty(remaining);
    }

    [Fact]
    public async Task No_fix_without_MemoryPack()
    {
        var (fixedTypes, _) = await FixAsync(Program, Types, withMemoryPack: false, useAnalyzer: true);
        Assert.Null(fixedTypes);
    }

    [Fact]
    public async Task No_fix_for_what_MemoryPack_cannot_carry_either()
    {
        const string types = "public sealed record Order(int Id, System.IO.Stream Log) { public System.Collections.Generic.IReadOnlyList<int> Lines => []; }";
        var (fixedTypes, _) = await FixAsync(Program.Replace("order.Lines.Count", "order.Id"), types, withMemoryPack: true, useAnalyzer: true);
        Assert.Null(fixedTypes);
    }

    /// <summary>
    /// Reports the diagnostic (MP0004 by the analyzer, or MP0102 where the generator reports it: the target's parameter),
    /// applies the MemoryPack fix, and returns the new text of the types' file (null when no fix was offered) and the
    /// analyzer's diagnostics after the fix.
    /// </summary>
    private static async Task<(string? FixedTypes, ImmutableArray<Diagnostic> Remaining)> FixAsync(string program, string types, bool withMemoryPack, bool useAnalyzer)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "TestApp",
            "TestApp",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]),
            parseOptions: AnalyzerVerifier.ParseOptions,
            metadataReferences: withMemoryPack ? References.WithSdk.Concat(MemoryPack) : References.WithSdk));
        var programDocument = workspace.AddDocument(project.Id, "Program.cs", SourceText.From(program));
        var typesDocument = workspace.AddDocument(project.Id, "Types.cs", SourceText.From(types));
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        var compilation = (await project.GetCompilationAsync())!;
        AnalyzerVerifier.AssertNoErrors(compilation);

        Diagnostic diagnostic;
        var analyzer = new UnmarshallableArgumentAnalyzer();
        if (useAnalyzer)
        {
            var found = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
            diagnostic = Assert.Single(found, d => d.Id == "MP0004");
        }
        else
        {
            // The generator's MP0102 points at the target's parameter.
            var tree = (await project.GetDocument(programDocument.Id)!.GetSyntaxTreeAsync())!;
            var text = tree.ToString();
            var span = new TextSpan(text.IndexOf("Order order) =>", StringComparison.Ordinal), "Order order".Length);
            var descriptor = new DiagnosticDescriptor("MP0102", "Type cannot be marshalled", "{0}", "Multiprocessing", DiagnosticSeverity.Error, true);
            diagnostic = Diagnostic.Create(descriptor, Location.Create(tree, span), "order.Lines");
        }

        var provider = new AddMemoryPackableCodeFixProvider();
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        var actions = new List<CodeAction>();
        var document = project.GetDocument(diagnostic.Location.SourceTree!)!;
        await provider.RegisterCodeFixesAsync(new CodeFixContextFactory(document, diagnostic, actions).Context);
        if (actions.Count == 0)
        {
            return (null, []);
        }

        var solution = project.Solution;
        foreach (var operation in await Assert.Single(actions).GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        var newProject = solution.GetProject(project.Id)!;
        var newCompilation = (await newProject.GetCompilationAsync())!;
        AnalyzerVerifier.AssertNoErrors(newCompilation);
        var remaining = await newCompilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
        return ((await solution.GetDocument(typesDocument.Id)!.GetTextAsync()).ToString(), remaining);
    }

    private sealed class CodeFixContextFactory(Document document, Diagnostic diagnostic, List<CodeAction> actions)
    {
        public Microsoft.CodeAnalysis.CodeFixes.CodeFixContext Context { get; } =
            new(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
    }
}
