using Microsoft.CodeAnalysis.Formatting;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0006: replaces <c>process.Run()</c> with <c>process.Start()</c>, followed by <c>process.Join()</c> unless a later
/// statement of the same block already waits for the process.
/// </summary>
/// <remarks>
/// <c>Run()</c> returned when the target had finished; <c>Start()</c> alone returns at once, which changes what the
/// code after it sees (an exit code not yet set) and leaves a started process nobody joins (MP0009, or MP0011 on a
/// later read of <c>Result</c>). <c>Start()</c> then <c>Join()</c> keeps the synchronous behaviour and runs the target
/// in a child. The <c>Join()</c> is added only when the receiver can be read twice (a local, a parameter, a field):
/// <c>Make().Run()</c> becomes <c>Make().Start()</c> alone.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RunToStartCodeFixProvider))]
[Shared]
public sealed class RunToStartCodeFixProvider : ProcessCodeFixProvider
{
    private const string Title = "Call Start() instead of Run()";
    private const string JoinTitle = "Call Start() then Join() instead of Run()";

    /// <summary>Creates the provider.</summary>
    public RunToStartCodeFixProvider()
        : base(DiagnosticIds.RunInsteadOfStart)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        var invocation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (invocation is null)
        {
            return;
        }

        // p.Run() or p?.Run(): the name to rename, the receiver, and the whole expression the statement holds.
        var (name, receiver, whole, conditional) = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => (member.Name, member.Expression, (ExpressionSyntax)invocation, false),
            MemberBindingExpressionSyntax binding when invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation
                => (binding.Name, access.Expression, access, true),
            _ => (null, null, null, false),
        };
        if (name is not IdentifierNameSyntax identifier || receiver is null || whole is null)
        {
            return;
        }

        var renamed = identifier.WithIdentifier(SyntaxFactory.Identifier(identifier.Identifier.LeadingTrivia, "Start", identifier.Identifier.TrailingTrivia));
        var join = receiver.WithoutTrivia().ToString() + (conditional ? "?.Join();" : ".Join();");
        if (whole.Parent is ExpressionStatementSyntax statement && CanReadTwice(receiver) && !WaitedLater(statement, receiver))
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    JoinTitle,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(StartThenJoin(root, statement, identifier, renamed, join))),
                    nameof(RunToStartCodeFixProvider)),
                diagnostic);
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                Title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(identifier, renamed))),
                nameof(RunToStartCodeFixProvider)),
            diagnostic);
    }

    // A local, a parameter, a field or a chain of them: reading it again for the Join() gives the same process.
    private static bool CanReadTwice(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax => true,
        ThisExpressionSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => CanReadTwice(parenthesized.Expression),
        MemberAccessExpressionSyntax member => member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && CanReadTwice(member.Expression),
        _ => false,
    };

    // Whether a later statement of the same list joins, awaits, closes or disposes the same receiver.
    private static bool WaitedLater(StatementSyntax statement, ExpressionSyntax receiver)
    {
        var text = receiver.WithoutTrivia().ToString();
        return SyntaxEditing.Siblings(statement)
            .SkipWhile(s => s != SyntaxEditing.InList(statement))
            .Skip(1)
            .SelectMany(s => s.DescendantNodes())
            .Any(n => n switch
            {
                MemberAccessExpressionSyntax member => ProcessUses.Waits(member.Name.Identifier.ValueText) && member.Expression.WithoutTrivia().ToString() == text,
                ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } } access
                    => ProcessUses.Waits(binding.Name.Identifier.ValueText) && access.Expression.WithoutTrivia().ToString() == text,
                _ => false,
            });
    }

    private static SyntaxNode StartThenJoin(SyntaxNode root, ExpressionStatementSyntax statement, IdentifierNameSyntax identifier, IdentifierNameSyntax renamed, string join)
    {
        var started = statement.ReplaceNode(identifier, renamed);
        if (SyntaxEditing.IsInStatementList(statement))
        {
            var node = SyntaxEditing.InList(statement);
            SyntaxNode newNode = node is GlobalStatementSyntax global ? global.WithStatement(started) : started;
            return root.ReplaceNode(node, new[] { newNode, SyntaxEditing.NewStatementLike(node, join, root) });
        }

        // 'if (x) p.Run();': the embedded statement becomes a block of both.
        var eol = SyntaxEditing.EndOfLine(root);
        var block = SyntaxFactory.Block(started.WithoutTrivia().WithTrailingTrivia(eol), SyntaxFactory.ParseStatement(join).WithTrailingTrivia(eol))
            .WithTriviaFrom(statement)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(statement, block);
    }
}
