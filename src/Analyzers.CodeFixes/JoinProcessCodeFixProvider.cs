namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0009: releases what the analyzer found leaked. A process: <c>p.Join()</c> after the last statement that uses it, or
/// <c>using var</c>. A pool: <c>using var</c> (never a bare <c>Join()</c>, which throws on a running pool). A queue:
/// <c>using var</c>, or <c>q.Close()</c> after its last use. A pipe end: <c>a.Close()</c> after its last use (a
/// deconstruction cannot be a <c>using</c> declaration).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JoinProcessCodeFixProvider))]
[Shared]
public sealed class JoinProcessCodeFixProvider : ProcessCodeFixProvider
{
    // Join() of a process and Close() of a queue or pipe end share one equivalence key, so that Fix All (and dotnet
    // format, which takes the key of the first fix of the first diagnostic) releases every kind, not only the first one.
    private const string ReleaseKey = nameof(JoinProcessCodeFixProvider) + ".Release";

    /// <summary>Creates the provider.</summary>
    public JoinProcessCodeFixProvider()
        : base(DiagnosticIds.ProcessNeverJoined)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        // The local's name: a declarator ('var p = ...') or a deconstruction's designation ('var (a, b) = ...').
        var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
        StatementSyntax? statement = node switch
        {
            VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax localDeclaration } => localDeclaration,
            SingleVariableDesignationSyntax designation => designation.FirstAncestorOrSelf<AssignmentExpressionSyntax>()?.Parent as ExpressionStatementSyntax,
            _ => null,
        };
        if (node is null
            || statement is null
            || !SyntaxEditing.IsInStatementList(statement)
            || model.GetDeclaredSymbol(node, context.CancellationToken) is not ILocalSymbol local)
        {
            return;
        }

        var kind = diagnostic.Properties.TryGetValue(UnjoinedProcessAnalyzer.KindProperty, out var k) ? k : nameof(LeakKind.Process);
        var target = diagnostic.Properties.TryGetValue(UnjoinedProcessAnalyzer.TargetProperty, out var t) && t is not null ? t : local.Name;
        var release = kind switch
        {
            nameof(LeakKind.Process) => "Join",
            nameof(LeakKind.Queue) or nameof(LeakKind.PipeEnd) => "Close",
            _ => null, // a pool: Join() alone throws while it runs, Close() alone leaves its workers unwatched
        };

        if (release is not null)
        {
            var anchor = LastUse(statement, local, model, context.CancellationToken);
            var call = $"{target}.{release}()";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call '{call}' after its last use",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(InsertAfter(root, anchor, call + ";"))),
                    ReleaseKey),
                diagnostic);
        }

        if (kind != nameof(LeakKind.PipeEnd)
            && statement is LocalDeclarationStatementSyntax declaration
            && CanDeclareWithUsing(declaration, local, model, context.CancellationToken))
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Declare '{local.Name}' with 'using var'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, Using(declaration)))),
                    nameof(JoinProcessCodeFixProvider) + ".Using"),
                diagnostic);
        }
    }

    // 'using var' needs a lone, disposable, never reassigned local of a plain declaration (not const, not already using).
    private static bool CanDeclareWithUsing(LocalDeclarationStatementSyntax declaration, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        if (declaration.Declaration.Variables.Count != 1
            || !declaration.UsingKeyword.IsKind(SyntaxKind.None)
            || declaration.IsConst
            || model.Compilation.GetTypeByMetadataName("System.IDisposable") is not { } disposable
            || !model.Compilation.ClassifyConversion(local.Type, disposable).IsImplicit)
        {
            return false;
        }

        var scope = declaration.Parent is GlobalStatementSyntax global ? global.Parent! : declaration.Parent!;
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                continue;
            }

            // A using variable is read-only: no assignment, no ref or out.
            var written = identifier.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == identifier,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
                RefExpressionSyntax => true,
                _ => false,
            };
            if (written)
            {
                return false;
            }
        }

        return true;
    }

    // The last statement of the declaration's list that mentions the local (the declaration itself at least).
    private static StatementSyntax LastUse(StatementSyntax declaration, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
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

    private static SyntaxNode InsertAfter(SyntaxNode root, StatementSyntax anchor, string text)
    {
        var node = SyntaxEditing.InList(anchor);
        var join = SyntaxEditing.NewStatementLike(node, text, root);
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
