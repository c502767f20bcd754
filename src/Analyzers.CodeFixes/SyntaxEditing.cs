namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>Small syntax helpers shared by the code fixes.</summary>
internal static class SyntaxEditing
{
    /// <summary>The end-of-line trivia the document already uses (LF when it has none).</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } eol
            ? eol
            : SyntaxFactory.LineFeed;

    /// <summary>The statement <paramref name="statement"/> as it sits in its list: itself, or its top-level GlobalStatement.</summary>
    public static SyntaxNode InList(StatementSyntax statement) => statement.Parent is GlobalStatementSyntax global ? global : statement;

    /// <summary>Whether <paramref name="statement"/> sits directly in a block or is a top-level statement.</summary>
    public static bool IsInStatementList(StatementSyntax statement) => statement.Parent is BlockSyntax or GlobalStatementSyntax;

    /// <summary>The statements that share <paramref name="statement"/>'s list, in order (itself included).</summary>
    public static SyntaxNode[] Siblings(StatementSyntax statement) => statement.Parent switch
    {
        BlockSyntax block => block.Statements.Cast<SyntaxNode>().ToArray(),
        GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit.Members.OfType<GlobalStatementSyntax>().Cast<SyntaxNode>().ToArray(),
        _ => new SyntaxNode[0],
    };

    /// <summary>
    /// A new statement <paramref name="text"/> with the indentation of <paramref name="anchor"/>, wrapped as a top-level
    /// statement when the anchor is one.
    /// </summary>
    public static SyntaxNode NewStatementLike(SyntaxNode anchor, string text, SyntaxNode root)
    {
        var indentation = anchor.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var statement = SyntaxFactory.ParseStatement(text)
            .WithLeadingTrivia(indentation.RawKind == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation))
            .WithTrailingTrivia(EndOfLine(root));
        return anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(statement) : statement;
    }
}
