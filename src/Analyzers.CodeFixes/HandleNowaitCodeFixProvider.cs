using System;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0008: handles the full or empty queue of a <c>PutNowait</c> or <c>GetNowait</c> call, where the call is a whole
/// statement or initializes a local.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>q.PutNowait(x);</c> becomes <c>if (!q.TryPut(x, TimeSpan.Zero)) { /* full: x was not put */ }</c>.</item>
/// <item><c>q.GetNowait();</c> becomes <c>q.TryGet(out _, TimeSpan.Zero);</c>.</item>
/// <item><c>var x = q.GetNowait();</c> becomes <c>if (!q.TryGet(out var x, TimeSpan.Zero)) { return; }</c>, where a plain
/// <c>return;</c> is allowed, so <c>x</c> stays in scope.</item>
/// <item>Any expression statement with the call (<c>q.PutNowait(x);</c>, <c>x = q.GetNowait();</c>,
/// <c>list.Add(q.GetNowait());</c>) can be wrapped in <c>try { ... } catch (QueueFullException) { }</c> (or
/// <c>QueueEmptyException</c>), unless the statement declares variables or assigns one that was unassigned before.</item>
/// </list>
/// The names are written fully qualified and simplified, so they bind with or without <c>using System;</c> and
/// <c>using Multiprocessing;</c>.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandleNowaitCodeFixProvider))]
[Shared]
public sealed class HandleNowaitCodeFixProvider : ProcessCodeFixProvider
{
    private const string FullComment = "// The queue was full: the item was not put. Keep it, retry later, or drop it deliberately.";
    private const string EmptyComment = "// The queue was empty: nothing was taken out.";

    // TryPut, TryGet(out _) and TryGet-or-return share one equivalence key: at most one of them fits a call, and Fix All
    // (dotnet format takes the key of the first fix of the first diagnostic) then turns every call it can into its
    // Try form, puts and gets alike.
    private const string TryKey = "Try";

    /// <summary>Creates the provider.</summary>
    public HandleNowaitCodeFixProvider()
        : base(DiagnosticIds.NowaitNotHandled)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        if (!diagnostic.Properties.TryGetValue(UnhandledNowaitAnalyzer.ExceptionProperty, out var exception) || exception is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault() is not { } invocation)
        {
            return;
        }

        // Already inside a try that catches it: another call of the same statement was fixed first (Fix All).
        if (model.Compilation.GetTypeByMetadataName(exception) is { } exceptionType
            && model.GetOperation(invocation, context.CancellationToken) is { } operation
            && UnhandledNowaitAnalyzer.IsCaught(operation, exceptionType))
        {
            return;
        }

        diagnostic.Properties.TryGetValue(UnhandledNowaitAnalyzer.AlternativeProperty, out var alternative);
        var isPut = exception == KnownSymbols.QueueFullExceptionName;
        var eol = SyntaxEditing.EndOfLine(root);
        var whole = WholeExpression(invocation);
        var statement = whole.Parent as StatementSyntax;

        if (alternative == "TryPut" && statement is ExpressionStatementSyntax && whole == invocation && SyntaxEditing.IsInStatementList(statement))
        {
            Register(context, diagnostic, "Use TryPut and handle a full queue", TryKey, root, statement, () => TryPut(invocation, eol));
        }

        if (alternative == "TryGet" && statement is ExpressionStatementSyntax)
        {
            Register(context, diagnostic, "Use TryGet(out _, TimeSpan.Zero)", TryKey, root, statement, () => TryGetDiscard(statement, invocation));
        }

        if (alternative == "TryGet"
            && whole == invocation
            && whole.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax declaration } } declarator }
            && CanReturnEarly(declaration, invocation, model, context.CancellationToken))
        {
            Register(context, diagnostic, "Use TryGet and return when the queue is empty", TryKey, root, declaration, () => TryGetOrReturn(declaration, declarator, invocation, eol));
        }

        if (invocation.FirstAncestorOrSelf<StatementSyntax>() is ExpressionStatementSyntax enclosing
            && CanWrap(enclosing, invocation, model, context.CancellationToken))
        {
            var name = exception.Substring(exception.LastIndexOf('.') + 1);
            Register(context, diagnostic, $"Catch {name}", "Catch", root, enclosing, () => Wrap(enclosing, exception, isPut ? FullComment : EmptyComment, eol), TriviaList(eol));
        }
    }

    // The replacement takes the old statement's leading trivia, and its trailing trivia unless it keeps that inside.
    private static void Register(
        CodeFixContext context, Diagnostic diagnostic, string title, string key, SyntaxNode root, StatementSyntax old, Func<StatementSyntax> replace, SyntaxTriviaList? trailing = null) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                    old,
                    replace().WithLeadingTrivia(old.GetLeadingTrivia()).WithTrailingTrivia(trailing ?? old.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation)))),
                nameof(HandleNowaitCodeFixProvider) + "." + key),
            diagnostic);

    /// <summary>The invocation, or the conditional access (<c>q?.GetNowait()</c>) it is the end of.</summary>
    private static ExpressionSyntax WholeExpression(InvocationExpressionSyntax invocation) =>
        invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation ? access : invocation;

    // q.PutNowait(x) -> q.TryPut(x, TimeSpan.Zero), q?.GetNowait() -> q?.TryGet(out _, TimeSpan.Zero), ...
    private static InvocationExpressionSyntax Rename(InvocationExpressionSyntax invocation, string name, params ArgumentSyntax[] arguments)
    {
        SimpleNameSyntax? old = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        var renamed = old is null
            ? invocation
            : invocation.ReplaceNode(old, IdentifierName(Identifier(old.Identifier.LeadingTrivia, name, old.Identifier.TrailingTrivia)));
        var all = arguments.Concat(renamed.ArgumentList.Arguments).Append(Argument(TimeSpanZero()));
        return renamed.WithArgumentList(renamed.ArgumentList.WithArguments(SeparatedList(all)));
    }

    // An expression, not a type name: simplified without 'using System' it must stay the member access
    // 'System.TimeSpan' that the parser reads back, not a qualified name.
    private static ExpressionSyntax TimeSpanZero() =>
        MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            ParseExpression("global::System.TimeSpan").WithAdditionalAnnotations(Simplifier.Annotation),
            IdentifierName("Zero"));

    private static StatementSyntax TryPut(InvocationExpressionSyntax invocation, SyntaxTrivia eol) =>
        IfStatement(
            PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Rename(invocation, "TryPut").WithoutTrivia()),
            EmptyBlockWithComment(FullComment, eol));

    private static StatementSyntax TryGetDiscard(StatementSyntax statement, InvocationExpressionSyntax invocation)
    {
        // Parsed, so that '_' is the discard token and not an identifier named '_'.
        var tryGet = Rename(invocation, "TryGet", Argument(ParseExpression("_")).WithRefKindKeyword(Token(SyntaxKind.OutKeyword)));
        return statement.ReplaceNode(invocation, tryGet);
    }

    private static StatementSyntax TryGetOrReturn(LocalDeclarationStatementSyntax declaration, VariableDeclaratorSyntax declarator, InvocationExpressionSyntax invocation, SyntaxTrivia eol)
    {
        var declarationExpression = DeclarationExpression(
            declaration.Declaration.Type.WithoutTrivia(),
            SingleVariableDesignation(declarator.Identifier.WithoutTrivia()));
        var tryGet = Rename(invocation, "TryGet", Argument(declarationExpression).WithRefKindKeyword(Token(SyntaxKind.OutKeyword)));
        var @return = ReturnStatement().WithLeadingTrivia(Comment(EmptyComment), eol);
        return IfStatement(
            PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, tryGet.WithoutTrivia()),
            Block(@return));
    }

    // The statement keeps its trailing comment inside the try.
    private static StatementSyntax Wrap(StatementSyntax statement, string exception, string comment, SyntaxTrivia eol) =>
        TryStatement(
            Block(statement.WithoutLeadingTrivia().WithTrailingTrivia(
                statement.GetTrailingTrivia().LastOrDefault().IsKind(SyntaxKind.EndOfLineTrivia) ? statement.GetTrailingTrivia() : statement.GetTrailingTrivia().Add(eol))),
            SingletonList(CatchClause(
                CatchDeclaration(ParseTypeName("global::" + exception).WithAdditionalAnnotations(Simplifier.Annotation)),
                filter: null,
                EmptyBlockWithComment(comment, eol))),
            @finally: null);

    private static BlockSyntax EmptyBlockWithComment(string comment, SyntaxTrivia eol) =>
        Block().WithCloseBraceToken(Token(TriviaList(Comment(comment), eol), SyntaxKind.CloseBraceToken, TriviaList()));

    /// <summary>
    /// Whether <c>var x = q.GetNowait();</c> can become <c>if (!q.TryGet(out var x, ...)) { return; }</c>: one local of the
    /// item's type, in a statement list, in a function where a plain <c>return;</c> is allowed (not in a finally block).
    /// </summary>
    private static bool CanReturnEarly(LocalDeclarationStatementSyntax declaration, InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (declaration.Declaration.Variables.Count != 1
            || !declaration.UsingKeyword.IsKind(SyntaxKind.None)
            || !declaration.AwaitKeyword.IsKind(SyntaxKind.None)
            || declaration.Modifiers.Count != 0
            || !SyntaxEditing.IsInStatementList(declaration)
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol getNowait)
        {
            return false;
        }

        // An explicit type must be the item's type itself: out parameters take no conversion.
        var type = declaration.Declaration.Type;
        if (!type.IsVar && !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(type, cancellationToken).Type, getNowait.ReturnType))
        {
            return false;
        }

        SyntaxNode? body = null;
        foreach (var ancestor in declaration.Ancestors())
        {
            if (ancestor is FinallyClauseSyntax)
            {
                return false;
            }

            if (ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax)
            {
                body = ancestor;
                break;
            }
        }

        // An iterator ends with 'yield break', not 'return'.
        var isIterator = body is not null && body
            .DescendantNodes(n => n == body || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax))
            .OfType<YieldStatementSyntax>()
            .Any();
        if (isIterator || model.GetEnclosingSymbol(declaration.SpanStart, cancellationToken) is not IMethodSymbol function)
        {
            return false;
        }

        return function.ReturnsVoid
            || (function.IsAsync && function.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" });
    }

    /// <summary>
    /// Whether wrapping <paramref name="statement"/> in a try keeps it compiling and guards the call: it sits in a
    /// statement list, runs the call itself (not in a lambda), declares no variable that later statements could use,
    /// and assigns no variable that was unassigned before it (the catch path would leave it unassigned).
    /// </summary>
    private static bool CanWrap(StatementSyntax statement, InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!SyntaxEditing.IsInStatementList(statement)
            || invocation.Ancestors().TakeWhile(n => n != statement).Any(n => n is AnonymousFunctionExpressionSyntax)
            || statement.DescendantNodes().Any(n => n is SingleVariableDesignationSyntax))
        {
            return false;
        }

        var flow = model.AnalyzeDataFlow(statement);
        if (flow is null || !flow.Succeeded)
        {
            return false;
        }

        var assignedBefore = new HashSet<ISymbol>(flow.DefinitelyAssignedOnEntry, SymbolEqualityComparer.Default);
        return flow.AlwaysAssigned.All(assignedBefore.Contains);
    }
}
