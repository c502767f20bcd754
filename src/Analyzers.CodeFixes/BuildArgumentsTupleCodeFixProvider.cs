using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0002: turns <c>Create(target, a, b)</c> into <c>Create(target, (a, b))</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BuildArgumentsTupleCodeFixProvider))]
[Shared]
public sealed class BuildArgumentsTupleCodeFixProvider : ProcessCodeFixProvider
{
    private const string Title = "Pass the arguments as one tuple";

    /// <summary>Creates the provider.</summary>
    public BuildArgumentsTupleCodeFixProvider()
        : base(DiagnosticIds.TargetArgumentsMismatch)
    {
    }

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        if (!diagnostic.Properties.ContainsKey(TargetArgumentsAnalyzer.CanBuildTupleProperty))
        {
            return;
        }

        var list = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ArgumentListSyntax>().FirstOrDefault();
        if (list is null || list.Arguments.Count < 3)
        {
            return;
        }

        var pieces = list.Arguments.Skip(1).Select(a => Argument(a.Expression.WithoutTrivia())).ToList();
        var commas = Enumerable.Repeat(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space), pieces.Count - 1);
        var tuple = Argument(TupleExpression(SeparatedList(pieces, commas)))
            .WithLeadingTrivia(list.Arguments[1].GetLeadingTrivia());
        var newList = list.WithArguments(SeparatedList(new[] { list.Arguments[0], tuple }, new[] { list.Arguments.GetSeparator(0) }));

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(list, newList))), nameof(BuildArgumentsTupleCodeFixProvider)),
            diagnostic);
    }
}
