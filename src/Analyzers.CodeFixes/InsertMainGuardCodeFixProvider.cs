using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0001: inserts <c>Multiprocess.MainGuard();</c> as the first statement of the entry point, or moves the existing
/// guard there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertMainGuardCodeFixProvider))]
[Shared]
public sealed class InsertMainGuardCodeFixProvider : ProcessCodeFixProvider
{
    private const string InsertTitle = "Call Multiprocess.MainGuard() first";
    private const string MoveTitle = "Move Multiprocess.MainGuard() to the top";

    /// <summary>Creates the provider.</summary>
    public InsertMainGuardCodeFixProvider()
        : base(DiagnosticIds.MissingMainGuard)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFixes(CodeFixContext context, SyntaxNode root, SemanticModel model)
    {
        if (root is CompilationUnitSyntax)
        {
            base.RegisterCodeFixes(context, root, model);
        }
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        var known = KnownSymbols.Create(model.Compilation);
        if (known.Multiprocess is null)
        {
            return;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var declaration = node.AncestorsAndSelf().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or CompilationUnitSyntax);
        if (declaration is null)
        {
            return;
        }

        var guard = EntryPointSyntax.FindGuardCall(declaration, model, known, context.CancellationToken);
        if (guard is null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(InsertTitle, ct => InsertGuardAsync(context.Document, declaration, ct), nameof(InsertTitle)),
                diagnostic);
        }
        else if (guard.Parent is ExpressionStatementSyntax statement && IsDirectStatement(statement, declaration))
        {
            context.RegisterCodeFix(
                CodeAction.Create(MoveTitle, ct => MoveGuardAsync(context.Document, declaration, statement, ct), nameof(MoveTitle)),
                diagnostic);
        }
    }

    private static bool IsDirectStatement(StatementSyntax statement, SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => statement.Parent == method.Body,
        CompilationUnitSyntax => statement.Parent is GlobalStatementSyntax,
        _ => false,
    };

    private static async Task<Document> InsertGuardAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var known = KnownSymbols.Create(model.Compilation);
        var newLine = DetectNewLine(root);

        // Spell it Multiprocess.MainGuard() when the name binds (or can, with a using); global:: only on a clash.
        var position = declaration switch
        {
            CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().FirstOrDefault()?.SpanStart ?? unit.EndOfFileToken.SpanStart,
            BaseMethodDeclarationSyntax { Body: { } body } => body.OpenBraceToken.Span.End,
            BaseMethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression.SpanStart,
            _ => declaration.SpanStart,
        };
        var lookup = model.LookupNamespacesAndTypes(position, name: "Multiprocess");
        var resolves = lookup.Any(s => SymbolEqualityComparer.Default.Equals(s, known.Multiprocess));
        var clashes = !resolves && lookup.Length > 0;
        var guardText = clashes ? "global::Multiprocessing.Multiprocess.MainGuard();" : "Multiprocess.MainGuard();";
        var guard = (StatementSyntax)ParseStatement(guardText);

        var newRoot = InsertFirst(root, declaration, guard, newLine);
        if (!resolves && !clashes)
        {
            newRoot = AddUsing(newRoot, newLine);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static async Task<Document> MoveGuardAsync(Document document, SyntaxNode declaration, ExpressionStatementSyntax guard, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var newLine = DetectNewLine(root);
        var moved = guard.WithoutTrivia();

        SyntaxNode newRoot;
        if (declaration is BaseMethodDeclarationSyntax { Body: { } body } method)
        {
            var withoutGuard = method.WithBody(body.WithStatements(body.Statements.Remove(guard)));
            newRoot = root.ReplaceNode(method, InsertFirst(withoutGuard, moved, newLine));
        }
        else
        {
            var global = (GlobalStatementSyntax)guard.Parent!;
            var withoutGuard = root.WithMembers(root.Members.Remove(global));
            newRoot = InsertFirst(withoutGuard, withoutGuard, moved, newLine);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    // Puts the guard before every other statement of the declaration, keeping a file header above it and a comment
    // attached to the old first statement with that statement.
    private static CompilationUnitSyntax InsertFirst(CompilationUnitSyntax root, SyntaxNode declaration, StatementSyntax guard, SyntaxTrivia newLine)
    {
        if (declaration is CompilationUnitSyntax)
        {
            var firstGlobal = root.Members.OfType<GlobalStatementSyntax>().FirstOrDefault();
            if (firstGlobal is null)
            {
                var global = GlobalStatement(guard.WithTrailingTrivia(newLine));
                return root.WithMembers(root.Members.Insert(0, global));
            }

            var (header, attached) = SplitLeadingTrivia(firstGlobal.GetLeadingTrivia());
            var newGuard = GlobalStatement(guard.WithLeadingTrivia(header.AddRange(Indentation(attached))).WithTrailingTrivia(newLine));
            var index = root.Members.IndexOf(firstGlobal);
            var members = root.Members.Replace(firstGlobal, firstGlobal.WithLeadingTrivia(attached)).Insert(index, newGuard);
            return root.WithMembers(members);
        }

        var method = (BaseMethodDeclarationSyntax)declaration;
        return root.ReplaceNode(method, InsertFirst(method, guard, newLine));
    }

    private static BaseMethodDeclarationSyntax InsertFirst(BaseMethodDeclarationSyntax method, StatementSyntax guard, SyntaxTrivia newLine)
    {
        BaseMethodDeclarationSyntax newMethod;
        if (method.Body is { } body)
        {
            if (body.Statements.Count == 0)
            {
                newMethod = method.WithBody(body.WithStatements(SingletonList(guard)).WithAdditionalAnnotations(Formatter.Annotation));
            }
            else
            {
                var first = body.Statements[0];
                var (header, attached) = SplitLeadingTrivia(first.GetLeadingTrivia());
                var newGuard = guard.WithLeadingTrivia(header.AddRange(Indentation(attached))).WithTrailingTrivia(newLine);
                var statements = body.Statements.Replace(first, first.WithLeadingTrivia(attached)).Insert(0, newGuard);
                newMethod = method.WithBody(body.WithStatements(statements));
            }
        }
        else if (method.ExpressionBody is { } arrow)
        {
            // static int Main() => Run();  becomes  { Multiprocess.MainGuard(); return Run(); }
            var returnsValue = method is MethodDeclarationSyntax m
                && !(m.ReturnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword))
                && !IsNonGenericTask(m);
            StatementSyntax rest = returnsValue ? ReturnStatement(arrow.Expression.WithoutTrivia()) : ExpressionStatement(arrow.Expression.WithoutTrivia());
            var block = Block(guard, rest).WithAdditionalAnnotations(Formatter.Annotation);
            newMethod = method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
            var trailing = method.SemicolonToken.TrailingTrivia;
            newMethod = newMethod.WithTrailingTrivia(trailing);
        }
        else
        {
            return method;
        }

        return newMethod;
    }

    private static bool IsNonGenericTask(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.AsyncKeyword)
        && method.ReturnType is IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" }
            or QualifiedNameSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } };

    // Splits leading trivia at its last blank line: what is above it (a file header) stays on top, what is below it
    // (a comment about the statement) stays with the statement.
    private static (SyntaxTriviaList Header, SyntaxTriviaList Attached) SplitLeadingTrivia(SyntaxTriviaList trivia)
    {
        var split = -1;
        for (var i = 0; i < trivia.Count; i++)
        {
            if (!trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && trivia[j].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                j--;
            }

            if (j < 0 || trivia[j].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                split = i;
            }
        }

        return split < 0
            ? (SyntaxTriviaList.Empty, trivia)
            : (TriviaList(trivia.Take(split + 1)), TriviaList(trivia.Skip(split + 1)));
    }

    private static IEnumerable<SyntaxTrivia> Indentation(SyntaxTriviaList attached) =>
        attached.Count > 0 && attached[attached.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? new[] { attached[attached.Count - 1] }
            : Enumerable.Empty<SyntaxTrivia>();

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, SyntaxTrivia newLine)
    {
        const string Namespace = "Multiprocessing";
        var directive = UsingDirective(ParseName(Namespace)).WithTrailingTrivia(newLine);
        if (root.Usings.Count == 0)
        {
            // Take the file header, if any, above the new using, and leave a blank line before the code.
            var firstToken = root.GetFirstToken(includeZeroWidth: true);
            var (header, attached) = SplitLeadingTrivia(firstToken.LeadingTrivia);
            var newRoot = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(attached));
            directive = directive.WithLeadingTrivia(header).WithTrailingTrivia(newLine, newLine);
            return newRoot.WithUsings(SingletonList(directive));
        }

        // Keep the usings sorted, System first, as the IDE sorts them.
        var index = 0;
        while (index < root.Usings.Count && ComesBefore(root.Usings[index], Namespace))
        {
            index++;
        }

        return root.WithUsings(root.Usings.Insert(index, directive));
    }

    private static bool ComesBefore(UsingDirectiveSyntax existing, string name)
    {
        if (!existing.GlobalKeyword.IsKind(SyntaxKind.None))
        {
            return true;
        }

        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        var text = existing.Name.ToString();
        var isSystem = text == "System" || text.StartsWith("System.", System.StringComparison.Ordinal);
        return isSystem || string.CompareOrdinal(text, name) < 0;
    }

    private static SyntaxTrivia DetectNewLine(SyntaxNode root) =>
        root.ToFullString().Contains("\r\n") ? CarriageReturnLineFeed : LineFeed;
}
