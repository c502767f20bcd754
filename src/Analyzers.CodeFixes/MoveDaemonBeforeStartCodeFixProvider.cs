namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0005: moves the <c>Daemon</c> assignment to just before the statement that calls <c>Start()</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveDaemonBeforeStartCodeFixProvider))]
[Shared]
public sealed class MoveDaemonBeforeStartCodeFixProvider : ProcessCodeFixProvider
{
    private const string Title = "Set Daemon before Start()";

    /// <summary>Creates the provider.</summary>
    public MoveDaemonBeforeStartCodeFixProvider()
        : base(DiagnosticIds.DaemonAfterStart)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return;
        }

        var assignment = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ExpressionStatementSyntax>();
        var start = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>();
        if (assignment is null || start is null || !CanMove(assignment, start, model, context.CancellationToken))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(Move(root, assignment, start))), nameof(MoveDaemonBeforeStartCodeFixProvider)),
            diagnostic);
    }

    // Both must be statements of the same block (or both top-level statements), and the assigned value must not use a
    // local declared between them.
    private static bool CanMove(ExpressionStatementSyntax assignment, StatementSyntax start, SemanticModel model, CancellationToken cancellationToken)
    {
        var sameBlock = assignment.Parent is BlockSyntax && assignment.Parent == start.Parent
            || assignment.Parent is GlobalStatementSyntax && start.Parent is GlobalStatementSyntax && assignment.Parent.Parent == start.Parent.Parent;
        if (!sameBlock)
        {
            return false;
        }

        foreach (var identifier in assignment.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local
                && local.DeclaringSyntaxReferences.Any(r => r.Span.Start > start.Span.End && r.Span.Start < assignment.SpanStart))
            {
                return false;
            }
        }

        return true;
    }

    private static SyntaxNode Move(SyntaxNode root, ExpressionStatementSyntax assignment, StatementSyntax start)
    {
        SyntaxNode removeNode = assignment.Parent is GlobalStatementSyntax g ? g : assignment;
        SyntaxNode beforeNode = start.Parent is GlobalStatementSyntax s ? s : start;
        var moved = removeNode.WithLeadingTrivia(beforeNode.GetLeadingTrivia()).WithTrailingTrivia(removeNode.GetTrailingTrivia());

        var tracked = root.TrackNodes(removeNode, beforeNode);
        tracked = tracked.InsertNodesBefore(tracked.GetCurrentNode(beforeNode)!, new[] { moved });
        return tracked.RemoveNode(tracked.GetCurrentNode(removeNode)!, SyntaxRemoveOptions.KeepNoTrivia)!;
    }
}
