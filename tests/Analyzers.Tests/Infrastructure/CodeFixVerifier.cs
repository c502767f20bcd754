using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>
/// Drives a code fix provider through an <see cref="AdhocWorkspace"/>: finds the analyzer's diagnostic, applies the
/// offered fix, and checks that the result compiles and no longer has the diagnostic.
/// </summary>
internal static class CodeFixVerifier
{
    /// <summary>
    /// Applies the fix (the one titled <paramref name="title"/>, or the only one) for the first diagnostic of
    /// <paramref name="analyzer"/> in Program.cs and returns the new text of Program.cs.
    /// </summary>
    public static async Task<string> ApplyFixAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider provider,
        string source,
        string? title = null,
        OutputKind kind = OutputKind.ConsoleApplication,
        params string[] otherSources)
    {
        using var workspace = new AdhocWorkspace();
        var (project, document) = CreateProject(workspace, source, kind, otherSources);

        var diagnostic = (await GetDiagnosticsAsync(project, analyzer)).FirstOrDefault(d => provider.FixableDiagnosticIds.Contains(d.Id));
        Assert.True(diagnostic is not null, "The analyzer reported nothing to fix.");

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic!, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        var chosen = title is null ? Assert.Single(actions) : Assert.Single(actions, a => a.Title == title);

        var solution = project.Solution;
        foreach (var operation in await chosen.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        var newProject = solution.GetProject(project.Id)!;
        var compilation = (await newProject.GetCompilationAsync())!;
        AnalyzerVerifier.AssertNoErrors(compilation);
        var remaining = await GetDiagnosticsAsync(newProject, analyzer);
        Assert.DoesNotContain(remaining, d => d.Id == diagnostic!.Id);

        var newText = await solution.GetDocument(document.Id)!.GetTextAsync();
        return newText.ToString();
    }

    /// <summary>
    /// Runs the provider's Fix All in <paramref name="scope"/> the way <c>dotnet format</c> does: the equivalence key is
    /// that of the first fix offered for the first diagnostic. Checks that the result compiles and no longer has any
    /// diagnostic of <paramref name="analyzer"/> that the provider fixes, and returns the new text of Program.cs.
    /// </summary>
    public static async Task<string> ApplyFixAllAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider provider,
        string source,
        FixAllScope scope = FixAllScope.Document,
        OutputKind kind = OutputKind.ConsoleApplication,
        params string[] otherSources)
    {
        using var workspace = new AdhocWorkspace();
        var (project, document) = CreateProject(workspace, source, kind, otherSources);
        var diagnostics = (await GetDiagnosticsAsync(project, analyzer)).Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
        var tree = await document.GetSyntaxTreeAsync();
        var first = diagnostics.Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
        Assert.True(first is not null, "The analyzer reported nothing to fix in Program.cs.");

        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first!, (action, _) => actions.Add(action), CancellationToken.None));
        Assert.NotEmpty(actions);

        var fixAll = provider.GetFixAllProvider();
        Assert.True(fixAll is not null, provider.GetType().Name + " has no Fix All");
        Assert.Contains(scope, fixAll!.GetSupportedFixAllScopes());
        var context = new FixAllContext(
            document, provider, scope, actions[0].EquivalenceKey, provider.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.True(action is not null, "Fix All offered nothing.");

        var solution = project.Solution;
        foreach (var operation in await action!.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        var newProject = solution.GetProject(project.Id)!;
        AnalyzerVerifier.AssertNoErrors((await newProject.GetCompilationAsync())!);
        var newText = (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        var remaining = (await GetDiagnosticsAsync(newProject, analyzer)).Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
        Assert.True(remaining.Count == 0, "Left after Fix All:\n" + string.Join("\n", remaining) + "\n" + newText);
        return newText;
    }

    /// <summary>The titles of the fixes offered for the first diagnostic of <paramref name="analyzer"/>.</summary>
    public static async Task<IReadOnlyList<string>> GetFixTitlesAsync(
        DiagnosticAnalyzer analyzer, CodeFixProvider provider, string source, OutputKind kind = OutputKind.ConsoleApplication)
    {
        using var workspace = new AdhocWorkspace();
        var (project, document) = CreateProject(workspace, source, kind, Array.Empty<string>());
        var diagnostic = (await GetDiagnosticsAsync(project, analyzer)).First(d => provider.FixableDiagnosticIds.Contains(d.Id));
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Select(a => a.Title).ToList();
    }

    private static (Project Project, Document Document) CreateProject(AdhocWorkspace workspace, string source, OutputKind kind, string[] otherSources)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "TestApp",
            "TestApp",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: AnalyzerVerifier.ParseOptions,
            metadataReferences: References.WithSdk));
        var document = workspace.AddDocument(project.Id, "Program.cs", SourceText.From(source));
        for (var i = 0; i < otherSources.Length; i++)
        {
            workspace.AddDocument(project.Id, $"File{i + 1}.cs", SourceText.From(otherSources[i]));
        }

        project = workspace.CurrentSolution.GetProject(project.Id)!;
        return (project, project.GetDocument(document.Id)!);
    }

    // The diagnostics found before the fix, as dotnet format hands them to a Fix All.
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    private static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
    }
}
