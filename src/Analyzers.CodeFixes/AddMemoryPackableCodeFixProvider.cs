using Microsoft.CodeAnalysis.Simplification;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// MP0004 (an argument that cannot travel) and the generator's MP0102 (a target's parameter or result that cannot), in
/// a compilation that references MemoryPack: marks the user's type whose member cannot travel in the SDK's format
/// <c>[MemoryPackable]</c> and <c>partial</c>, so that it travels in MemoryPack's format instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMemoryPackableCodeFixProvider))]
[Shared]
public sealed class AddMemoryPackableCodeFixProvider : ProcessCodeFixProvider
{
    /// <summary>The generator's diagnostic for a target's parameter or result type that cannot travel.</summary>
    internal const string TypeNotMarshallableId = "MP0102";

    /// <summary>Creates the provider.</summary>
    public AddMemoryPackableCodeFixProvider()
        : base(DiagnosticIds.ArgumentNotMarshallable, TypeNotMarshallableId)
    {
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFixes(CodeFixContext context, SyntaxNode root, SemanticModel model)
    {
        if (MemoryPackCandidate.IsReferenced(model.Compilation))
        {
            base.RegisterCodeFixes(context, root, model);
        }
    }

    /// <inheritdoc />
    private protected override void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var travelling = TravellingType(node, model, context.CancellationToken);
        var candidate = travelling is null ? null : MemoryPackCandidate.Find(model.Compilation, travelling);
        var declarations = candidate?.DeclaringSyntaxReferences;
        if (candidate is null || declarations is not { Length: > 0 })
        {
            return;
        }

        var name = candidate.Name;
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{name}' [MemoryPackable] (it travels in MemoryPack's format)",
                c => MarkAsync(context.Document.Project.Solution, declarations.Value, c),
                nameof(AddMemoryPackableCodeFixProvider) + ":" + candidate.ToDisplayString()),
            diagnostic);
    }

    /// <summary>
    /// The type of what travels at <paramref name="node"/>: an argument (MP0004), or a target's parameter, return type
    /// (the T of Task&lt;T&gt;) or a ChildProcess subclass's field or property (MP0102).
    /// </summary>
    private static ITypeSymbol? TravellingType(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ArgumentSyntax argument:
                    return Converted(argument.Expression);
                case ParameterSyntax parameter:
                    return (model.GetDeclaredSymbol(parameter, cancellationToken) as IParameterSymbol)?.Type;
                case VariableDeclaratorSyntax variable:
                    return (model.GetDeclaredSymbol(variable, cancellationToken) as IFieldSymbol)?.Type;
                case PropertyDeclarationSyntax property:
                    return model.GetDeclaredSymbol(property, cancellationToken)?.Type;
                case TypeSyntax type when current.Parent is MethodDeclarationSyntax method && method.ReturnType == type:
                    var returned = model.GetTypeInfo(type, cancellationToken).Type;
                    return returned is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task ? task.TypeArguments[0] : returned;
                case ExpressionSyntax expression when current.Parent is TupleExpressionSyntax or ArgumentSyntax:
                    return Converted(expression);
                case StatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;

        ITypeSymbol? Converted(ExpressionSyntax expression)
        {
            var info = model.GetTypeInfo(expression, cancellationToken);
            return info.ConvertedType ?? info.Type;
        }
    }

    private static async Task<Solution> MarkAsync(Solution solution, ImmutableArray<SyntaxReference> declarations, CancellationToken cancellationToken)
    {
        bool attributed = false;
        foreach (var group in declarations.GroupBy(d => d.SyntaxTree))
        {
            var document = solution.GetDocument(group.Key);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document is null || root is null)
            {
                continue;
            }

            var nodes = group.Select(d => root.FindNode(d.Span)).OfType<TypeDeclarationSyntax>().ToList();
            var eol = SyntaxEditing.EndOfLine(root);
            var updated = root.ReplaceNodes(nodes, (original, _) =>
            {
                var declaration = original;
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    declaration = AddPartial(declaration);
                }

                if (!attributed)
                {
                    attributed = true;
                    declaration = AddAttribute(declaration, eol);
                }

                return declaration;
            });
            solution = document.WithSyntaxRoot(updated).Project.Solution;
        }

        return solution;
    }

    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        // No modifiers: 'partial' goes before the keyword and takes its leading trivia.
        var keyword = declaration.Keyword;
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }

    private static TypeDeclarationSyntax AddAttribute(TypeDeclarationSyntax declaration, SyntaxTrivia eol)
    {
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var indent = indentation.RawKind == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation);
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::MemoryPack.MemoryPackable").WithAdditionalAnnotations(Simplifier.Annotation))))
            .WithTrailingTrivia(eol);
        if (declaration.AttributeLists.Count > 0)
        {
            return declaration.WithAttributeLists(declaration.AttributeLists.Add(attribute.WithLeadingTrivia(indent)));
        }

        // The attribute takes the declaration's leading trivia (doc comments); the first modifier keeps the indentation.
        return declaration
            .WithoutLeadingTrivia()
            .WithLeadingTrivia(indent)
            .WithAttributeLists(SyntaxFactory.SingletonList(attribute.WithLeadingTrivia(leading)));
    }
}
