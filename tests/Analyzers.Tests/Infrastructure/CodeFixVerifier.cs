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

    private static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
    }
}
