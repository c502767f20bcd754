namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0011: calls <c>p.Join()</c> just before the statement that reads <c>p.Result</c> or <c>p.ExitCode</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JoinBeforeReadCodeFixProvider))]
[Shared]
public sealed class JoinBeforeReadCodeFixProvider : ProcessCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public JoinBeforeReadCodeFixProvider()
        : base(DiagnosticIds.ReadBeforeJoin)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        var access = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<MemberAccessExpressionSyntax>().FirstOrDefault();
        var statement = access?.FirstAncestorOrSelf<StatementSyntax>();
        if (access is null || statement is null || !SyntaxEditing.IsInStatementList(statement)
            || access.Ancestors().TakeWhile(n => n != statement).Any(n => n is AnonymousFunctionExpressionSyntax))
        {
            return;
        }

        var instance = access.Expression.ToString();
        if (JoinedJustBefore(statement, instance))
        {
            return; // another read of the same process was fixed first (Fix All)
        }

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

    // Whether a statement before this one, in the same list and after the last Start() of the process, is
    // 'instance.Join();'.
    private static bool JoinedJustBefore(StatementSyntax statement, string instance)
    {
        foreach (var sibling in SyntaxEditing.Siblings(statement).TakeWhile(s => s != SyntaxEditing.InList(statement)).Reverse())
        {
            var inner = sibling is GlobalStatementSyntax global ? global.Statement : sibling;
            if (inner is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member, ArgumentList.Arguments.Count: 0 } }
                && member.Expression.ToString() == instance)
            {
                switch (member.Name.Identifier.ValueText)
                {
                    case "Join":
                        return true;
                    case "Start":
                        return false;
                }
            }
        }

        return false;
    }
}
