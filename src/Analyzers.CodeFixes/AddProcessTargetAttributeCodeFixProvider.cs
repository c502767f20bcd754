using Microsoft.CodeAnalysis.Simplification;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0003: adds <c>[ProcessTarget]</c> to a static method that is passed as a target without it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddProcessTargetAttributeCodeFixProvider))]
[Shared]
public sealed class AddProcessTargetAttributeCodeFixProvider : ProcessCodeFixProvider
{
    /// <summary>Creates the provider.</summary>
    public AddProcessTargetAttributeCodeFixProvider()
        : base(DiagnosticIds.NonStaticTarget)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        if (!diagnostic.Properties.ContainsKey(NonStaticTargetAnalyzer.MissingAttributeProperty))
        {
            return;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        if (expression is null)
        {
            return;
        }

        var info = model.GetSymbolInfo(expression, context.CancellationToken);
        var method = (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) as IMethodSymbol;
        var reference = method?.OriginalDefinition.DeclaringSyntaxReferences.FirstOrDefault();
        var document = reference is null ? null : context.Document.Project.Solution.GetDocument(reference.SyntaxTree);
        if (method is null || reference is null || document is null)
        {
            return;
        }

        // Already marked: another diagnostic for the same method was fixed first (Fix All).
        if (KnownSymbols.Create(model.Compilation).IsProcessTarget(method.OriginalDefinition))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Add [ProcessTarget] to '{method.Name}'",
                c => AddAttributeAsync(document, reference.Span, c),
                nameof(AddProcessTargetAttributeCodeFixProvider)),
            diagnostic);
    }

    private static async Task<Solution> AddAttributeAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span) is not MethodDeclarationSyntax declaration)
        {
            return document.Project.Solution;
        }

        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Multiprocessing.ProcessTarget").WithAdditionalAnnotations(Simplifier.Annotation))))
            .WithLeadingTrivia(declaration.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxEditing.EndOfLine(root));
        var indentation = declaration.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var updated = declaration
            .WithLeadingTrivia(indentation.RawKind == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation))
            .WithAttributeLists(declaration.AttributeLists.Insert(0, attribute));
        if (declaration.AttributeLists.Count > 0)
        {
            // Existing attributes keep the method's leading trivia: put the new one after them instead.
            updated = declaration.WithAttributeLists(declaration.AttributeLists.Add(
                attribute.WithLeadingTrivia(indentation.RawKind == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation))));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)).Project.Solution;
    }
}
