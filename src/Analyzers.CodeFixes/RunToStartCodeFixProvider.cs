using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>MP0006: replaces <c>process.Run()</c> with <c>process.Start()</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RunToStartCodeFixProvider))]
[Shared]
public sealed class RunToStartCodeFixProvider : CodeFixProvider
{
    private const string Title = "Call Start() instead of Run()";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RunInsteadOfStart);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            var invocation = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
            var name = invocation?.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                _ => null,
            };
            if (name is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(
                        root.ReplaceNode(identifier, identifier.WithIdentifier(SyntaxFactory.Identifier(identifier.Identifier.LeadingTrivia, "Start", identifier.Identifier.TrailingTrivia))))),
                    nameof(RunToStartCodeFixProvider)),
                diagnostic);
        }
    }
}
