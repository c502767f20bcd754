using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0011: calls <c>p.Join()</c> just before the statement that reads <c>p.Result</c> or <c>p.ExitCode</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JoinBeforeReadCodeFixProvider))]
[Shared]
public sealed class JoinBeforeReadCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ReadBeforeJoin);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var access = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<MemberAccessExpressionSyntax>().FirstOrDefault();
            var statement = access?.FirstAncestorOrSelf<StatementSyntax>();
            if (access is null || statement is null || !SyntaxEditing.IsInStatementList(statement)
                || access.Ancestors().TakeWhile(n => n != statement).Any(n => n is AnonymousFunctionExpressionSyntax))
            {
                continue;
            }

            var instance = access.Expression.ToString();
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call '{instance}.Join()' first",
                    _ =>
                    {
                        var node = SyntaxEditing.InList(statement);
                        return Task.FromResult(context.Document.WithSyntaxRoot(
                            root.InsertNodesBefore(node, new[] { SyntaxEditing.NewStatementLike(node, instance + ".Join();", root) })));
                    },
                    nameof(JoinBeforeReadCodeFixProvider)),
                diagnostic);
        }
    }
}
