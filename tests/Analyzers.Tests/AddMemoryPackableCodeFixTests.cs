using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Multiprocessing.Analyzers.CodeFixes;
using Multiprocessing.Analyzers.Tests.Infrastructure;
using Multiprocessing.Generators;
using Xunit;
using VerifyFix = Multiprocessing.Analyzers.Tests.Infrastructure.CSharpCodeFixVerifier<Multiprocessing.Analyzers.UnmarshallableArgumentAnalyzer, Multiprocessing.Analyzers.CodeFixes.AddMemoryPackableCodeFixProvider>;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// Where a type cannot travel in the SDK's format (MP0004, the generator's MP0102) and the compilation references
/// MemoryPack, the fix marks the user's type whose member cannot travel <c>[MemoryPackable]</c> and <c>partial</c>.
/// </summary>
public class AddMemoryPackableCodeFixTests
{
    private const string Title = "Make 'Order' [MemoryPackable] (it travels in MemoryPack's format)";

    private const string Program = """
        using System.Collections.Generic;
        using Multiprocessing;

        public static class App
        {
            public static void Go(Order order) => ChildProcess.Create(Work.Ship, {|MP0004:order|});
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

    // Line travels as it is: only Order, whose member IList<Line> cannot travel in the SDK's format, is marked.
    private const string FixedTypes = """
        using System.Collections.Generic;

        public sealed record Line(string Item, int Count);

        /// <summary>An order.</summary>
        [MemoryPack.MemoryPackable]
        public sealed partial record Order(int Id, IList<Line> Lines);
        """;

    private static readonly MetadataReference MemoryPack =
        MetadataReference.CreateFromFile(typeof(global::MemoryPack.MemoryPackSerializer).Assembly.Location);

    // The harness also checks that no MP0004 is left after the fix: MP0004 agrees that a [MemoryPackable] type travels.
    [Fact]
    public async Task MP0004_marks_the_record_whose_member_cannot_travel()
    {
        var test = VerifyFix.Create(new[] { Program, Types }, new[] { Program.Replace("{|MP0004:order|}", "order"), FixedTypes });
        test.TestState.AdditionalReferences.Add(MemoryPack);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal(Title, action.Title);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task MP0102_from_the_generator_marks_the_same_record()
    {
        var program = Program.Replace("{|MP0004:order|}", "order");
        var compilation = Compile(new[] { program, Types }, withMemoryPack: true);

        // The generator's MP0102 points at the target's parameter (its name).
        var diagnostic = Assert.Single(RunGenerator(compilation), d => d.Id == "MP0102");
        // (The generator's diagnostics carry the file path and span, not the tree: they are cached between runs.)
        Assert.Equal("Program.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("order", program.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(program.IndexOf("Ship(Order order)", StringComparison.Ordinal) + "Ship(Order ".Length, diagnostic.Location.SourceSpan.Start);

        var fixedCompilation = await ApplyOnlyFixAsync(compilation, diagnostic);
        Assert.Equal(FixedTypes.ReplaceLineEndings("\n"), fixedCompilation.SyntaxTrees.ElementAt(1).ToString().ReplaceLineEndings("\n"));
        Assert.Equal(program, fixedCompilation.SyntaxTrees.First().ToString()); // the program is left as it is
        AssertNoErrors(fixedCompilation);
        Assert.DoesNotContain(RunGenerator(fixedCompilation), d => d.Id == "MP0102"); // the generator agrees: it travels now
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
        const string fixedTypes = """
            namespace Shop
            {
                [MemoryPack.MemoryPackable]
                partial class Basket { public System.Collections.Generic.ISet<int> Items { get; set; } = new System.Collections.Generic.HashSet<int>(); }
            }
            """;
        const string program = """
            using Multiprocessing;
            using Shop;

            internal static class App { public static void Go() => ChildProcess.Create(Work.Count, {|MP0004:new Basket()|}); }
            internal static class Work { [ProcessTarget] public static int Count(Basket b) => b.Items.Count; }
            """;
        var test = VerifyFix.Create(new[] { program, types }, new[] { program.Replace("{|MP0004:new Basket()|}", "new Basket()"), fixedTypes });
        test.TestState.AdditionalReferences.Add(MemoryPack);
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Make 'Basket' [MemoryPackable] (it travels in MemoryPack's format)", action.Title);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_fix_without_MemoryPack()
    {
        Assert.Empty(await FixTitlesAsync(new[] { Program, Types }, withMemoryPack: false));
    }

    [Fact]
    public async Task No_fix_for_what_MemoryPack_cannot_carry_either()
    {
        const string types = "public sealed record Order(int Id, System.IO.Stream Log) { public System.Collections.Generic.IReadOnlyList<int> Lines => []; }";
        Assert.Empty(await FixTitlesAsync(new[] { Program.Replace("order.Lines.Count", "order.Id"), types }, withMemoryPack: true));
    }

    // The titles of every fix offered for the MP0004 written as markup in sources (none is applied).
    private static async Task<IReadOnlyList<string>> FixTitlesAsync(string[] sources, bool withMemoryPack)
    {
        var test = VerifyFix.Create(sources, sources);
        if (withMemoryPack)
        {
            test.TestState.AdditionalReferences.Add(MemoryPack);
        }

        test.CodeActionIndex = int.MaxValue; // choose none: only the offer is recorded
        await test.RunAsync(CancellationToken.None);
        return test.OfferedFixes.SelectMany(titles => titles).ToList();
    }

    // Program.cs and Types.cs, against the same references as the harness tests (and MemoryPack.Core).
    private static CSharpCompilation Compile(string[] sources, bool withMemoryPack)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, i == 0 ? "Program.cs" : "Types.cs"));
        var references = LocalReferenceAssemblies.Framework.Append(LocalReferenceAssemblies.Sdk);
        var compilation = CSharpCompilation.Create(
            "TestApp",
            trees,
            withMemoryPack ? references.Append(MemoryPack) : references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        AssertNoErrors(compilation);
        return compilation;
    }

    private static ImmutableArray<Diagnostic> RunGenerator(CSharpCompilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new ProcessTargetGenerator().AsSourceGenerator() }, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics;
    }

    // Puts the compilation in a workspace, asks the provider for its fixes of the diagnostic, asserts that there is
    // exactly one, applies it and returns the fixed compilation (its trees in the same order).
    private static async Task<CSharpCompilation> ApplyOnlyFixAsync(CSharpCompilation compilation, Diagnostic diagnostic)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            compilation.AssemblyName!,
            compilation.AssemblyName!,
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: compilation.SyntaxTrees.First().Options,
            metadataReferences: compilation.References));
        var documents = compilation.SyntaxTrees
            .Select(tree => workspace.AddDocument(project.Id, Path.GetFileName(tree.FilePath), tree.GetText()).Id)
            .ToList();
        project = workspace.CurrentSolution.GetProject(project.Id)!;

        // The same diagnostic, located in the workspace's tree of the file it was reported in.
        var index = compilation.SyntaxTrees.ToList().FindIndex(t => t.FilePath == diagnostic.Location.GetLineSpan().Path);
        Assert.True(index >= 0, "The diagnostic is in no file of the compilation: " + diagnostic);
        var document = project.GetDocument(documents[index])!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var located = Diagnostic.Create(
            diagnostic.Id,
            diagnostic.Descriptor.Category,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Severity,
            diagnostic.DefaultSeverity,
            diagnostic.Descriptor.IsEnabledByDefault,
            diagnostic.WarningLevel,
            location: Location.Create(tree, diagnostic.Location.SourceSpan));

        var provider = new AddMemoryPackableCodeFixProvider();
        Assert.Contains(located.Id, provider.FixableDiagnosticIds);
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        Assert.Equal(Title, action.Title);

        var solution = project.Solution;
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        var trees = new List<SyntaxTree>();
        foreach (var id in documents)
        {
            trees.Add((await solution.GetDocument(id)!.GetSyntaxTreeAsync())!);
        }

        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
    }

    private static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
    }
}
