using Microsoft.CodeAnalysis.Text;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// Fix All for code fixes whose edits can overlap or repeat (two <c>Join()</c>s inserted after the same statement, two
/// nowait calls wrapped in the same <c>try</c>, two diagnostics that each want the one main guard of a file): applies
/// the fixes one after another, each on the result of the one before, instead of merging independent edits as
/// <see cref="WellKnownFixAllProviders.BatchFixer"/> does (which drops every edit that overlaps another).
/// </summary>
/// <remarks>
/// Before the first fix, the node at each diagnostic's location (and additional locations) is marked with an
/// annotation, so that the diagnostic can be found again however the earlier fixes moved the text. A diagnostic whose
/// node an earlier fix replaced, or for which the provider no longer offers the chosen fix (its equivalence key), is
/// left alone: an earlier fix already took care of it. Providers keep their fixes idempotent where a diagnostic can
/// outlive its cause this way.
/// </remarks>
internal sealed class SequentialFixAllProvider : FixAllProvider
{
    /// <summary>The one instance, shared by every provider.</summary>
    public static readonly SequentialFixAllProvider Instance = new();

    private SequentialFixAllProvider()
    {
    }

    /// <inheritdoc />
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    /// <inheritdoc />
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = await CollectAsync(fixAllContext).ConfigureAwait(false);
        if (diagnostics.Count == 0)
        {
            return null;
        }

        var title = fixAllContext.Scope switch
        {
            FixAllScope.Document => "Fix all occurrences in document",
            FixAllScope.Project => "Fix all occurrences in project",
            _ => "Fix all occurrences in solution",
        };
        return CodeAction.Create(
            title,
            ct => FixAsync(fixAllContext, diagnostics, ct),
            fixAllContext.CodeActionEquivalenceKey);
    }

    // The diagnostics in scope, by the tree they are in, in source order.
    private static async Task<List<Diagnostic>> CollectAsync(FixAllContext context)
    {
        var found = new List<Diagnostic>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is not null:
                found.AddRange(await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                found.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects.Where(p => p.Language == context.Project.Language))
                {
                    found.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        return found
            .Where(d => d.Location.IsInSource && context.DiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    private static async Task<Solution> FixAsync(FixAllContext context, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        var work = new List<Pending>();

        // Mark, per document, the node of every location with its own annotation.
        foreach (var group in diagnostics.GroupBy(d => FindDocument(solution, d.Location.SourceTree!)))
        {
            if (group.Key is null || solution.GetDocument(group.Key) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var marks = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
            foreach (var diagnostic in group)
            {
                var locations = new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations).ToList();
                if (locations.Any(l => l.SourceTree != diagnostic.Location.SourceTree || !root.FullSpan.Contains(l.SourceSpan)))
                {
                    continue; // an additional location in another file: nothing here can follow it
                }

                var anchors = new List<Anchor>();
                foreach (var location in locations)
                {
                    var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                    var annotation = new SyntaxAnnotation();
                    if (!marks.TryGetValue(node, out var list))
                    {
                        marks[node] = list = new List<SyntaxAnnotation>();
                    }

                    list.Add(annotation);
                    anchors.Add(new Anchor(annotation, location.SourceSpan.Start - node.SpanStart, location.SourceSpan.Length));
                }

                work.Add(new Pending(group.Key, diagnostic, anchors));
            }

            root = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
            solution = solution.WithDocumentSyntaxRoot(group.Key, root);
        }

        foreach (var pending in work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = solution.GetDocument(pending.DocumentId);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document is null || root is null || !TryRelocate(root, pending, out var location, out var additional))
            {
                continue;
            }

            var diagnostic = Diagnostic.Create(pending.Diagnostic.Descriptor, location, additional, pending.Diagnostic.Properties);
            CodeAction? chosen = null;
            var fixContext = new CodeFixContext(
                document,
                diagnostic,
                (action, _) =>
                {
                    if (chosen is null && (context.CodeActionEquivalenceKey is null || action.EquivalenceKey == context.CodeActionEquivalenceKey))
                    {
                        chosen = action;
                    }
                },
                cancellationToken);
            await context.CodeFixProvider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
            if (chosen is null)
            {
                continue;
            }

            foreach (var operation in await chosen.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    solution = apply.ChangedSolution;
                }
            }
        }

        return solution;
    }

    private static DocumentId? FindDocument(Solution solution, SyntaxTree tree) =>
        solution.GetDocumentId(tree) ?? solution.GetDocumentIdsWithFilePath(tree.FilePath).FirstOrDefault();

    // The diagnostic's locations in the current tree, from the annotated nodes; false when one of them is gone.
    private static bool TryRelocate(SyntaxNode root, Pending pending, out Location location, out List<Location> additional)
    {
        location = Location.None;
        additional = new List<Location>();
        for (var i = 0; i < pending.Anchors.Count; i++)
        {
            var anchor = pending.Anchors[i];
            var node = root.GetAnnotatedNodes(anchor.Annotation).FirstOrDefault();
            if (node is null)
            {
                return false;
            }

            var start = System.Math.Min(node.SpanStart + anchor.Offset, node.Span.End);
            var span = new TextSpan(start, System.Math.Min(anchor.Length, node.Span.End - start));
            var relocated = Location.Create(root.SyntaxTree, span);
            if (i == 0)
            {
                location = relocated;
            }
            else
            {
                additional.Add(relocated);
            }
        }

        return true;
    }

    private sealed class Pending
    {
        public Pending(DocumentId documentId, Diagnostic diagnostic, List<Anchor> anchors)
        {
            DocumentId = documentId;
            Diagnostic = diagnostic;
            Anchors = anchors;
        }

        public DocumentId DocumentId { get; }

        public Diagnostic Diagnostic { get; }

        public List<Anchor> Anchors { get; }
    }

    private readonly struct Anchor
    {
        public Anchor(SyntaxAnnotation annotation, int offset, int length)
        {
            Annotation = annotation;
            Offset = offset;
            Length = length;
        }

        public SyntaxAnnotation Annotation { get; }

        public int Offset { get; }

        public int Length { get; }
    }
}
