using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0009: joins a process that is never joined, either by calling <c>p.Join()</c> after the last statement that uses it
/// or by declaring it with <c>using var</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JoinProcessCodeFixProvider))]
[Shared]
public sealed class JoinProcessCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ProcessNeverJoined);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var declarator = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as VariableDeclaratorSyntax;
            if (declarator?.Parent?.Parent is not LocalDeclarationStatementSyntax declaration
                || !SyntaxEditing.IsInStatementList(declaration)
                || model.GetDeclaredSymbol(declarator, context.CancellationToken) is not ILocalSymbol local)
            {
                continue;
            }

            var name = local.Name;
            var anchor = LastUse(declaration, local, model, context.CancellationToken);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call '{name}.Join()' after its last use",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InsertJoin(root, anchor, name))),
                    nameof(JoinProcessCodeFixProvider) + ".Join"),
                diagnostic);

            if (declaration.Declaration.Variables.Count == 1 && declaration.UsingKeyword.IsKind(SyntaxKind.None))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare '{name}' with 'using var'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, Using(declaration)))),
                        nameof(JoinProcessCodeFixProvider) + ".Using"),
                    diagnostic);
            }
        }
    }

    // The last statement of the declaration's list that mentions the local (the declaration itself at least).
    private static StatementSyntax LastUse(LocalDeclarationStatementSyntax declaration, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        StatementSyntax last = declaration;
        var siblings = SyntaxEditing.Siblings(declaration);
        foreach (var sibling in siblings.SkipWhile(s => s != SyntaxEditing.InList(declaration)))
        {
            var uses = sibling.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i =>
                i.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(i, cancellationToken).Symbol, local));
            if (uses)
            {
                last = sibling is GlobalStatementSyntax g ? g.Statement : (StatementSyntax)sibling;
            }
        }

        return last;
    }

    private static SyntaxNode InsertJoin(SyntaxNode root, StatementSyntax anchor, string name)
    {
        var node = SyntaxEditing.InList(anchor);
        var join = SyntaxEditing.NewStatementLike(node, name + ".Join();", root);
        return anchor is ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax
            ? root.InsertNodesBefore(node, new[] { join })
            : root.InsertNodesAfter(node, new[] { join });
    }

    private static LocalDeclarationStatementSyntax Using(LocalDeclarationStatementSyntax declaration)
    {
        var first = declaration.GetFirstToken();
        var usingKeyword = SyntaxFactory.Token(first.LeadingTrivia, SyntaxKind.UsingKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithUsingKeyword(usingKeyword);
    }
}
