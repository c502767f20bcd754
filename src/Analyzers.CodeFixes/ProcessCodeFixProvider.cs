namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// The base of this package's code fixes: Fix All applies their fixes one at a time (<see cref="SequentialFixAllProvider"/>,
/// unless a fix overrides it), and each fix gets the document's syntax root and semantic model, fetched once for all its
/// diagnostics.
/// </summary>
public abstract class ProcessCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => SequentialFixAllProvider.Instance;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is not null && model is not null)
        {
            RegisterCodeFixes(context, root, model);
        }
    }

    /// <summary>Registers the fixes for <paramref name="context"/>'s diagnostics.</summary>
    /// <param name="context">The diagnostics and the document.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="model">The document's semantic model.</param>
    private protected abstract void RegisterCodeFixes(CodeFixContext context, SyntaxNode root, SemanticModel model);
}
