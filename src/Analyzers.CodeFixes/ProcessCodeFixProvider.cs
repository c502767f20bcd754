namespace Multiprocessing.Analyzers.CodeFixes;

/// <summary>
/// The base of this package's code fixes: it holds the ids a fix states to its constructor, Fix All applies the fixes
/// one at a time (<see cref="SequentialFixAllProvider"/>, unless a fix overrides it), and each fix gets the document's
/// syntax root and semantic model, fetched once for all its diagnostics, and registers its fix one diagnostic at a time.
/// </summary>
public abstract class ProcessCodeFixProvider : CodeFixProvider
{
    /// <summary>Creates a provider that fixes the diagnostics with <paramref name="fixableDiagnosticIds"/>.</summary>
    /// <param name="fixableDiagnosticIds">The ids of the diagnostics the provider fixes.</param>
    private protected ProcessCodeFixProvider(params string[] fixableDiagnosticIds) =>
        FixableDiagnosticIds = ImmutableArray.Create(fixableDiagnosticIds);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

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

    /// <summary>Registers the fixes for <paramref name="context"/>'s diagnostics: by default, each one's in turn.</summary>
    /// <param name="context">The diagnostics and the document.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="model">The document's semantic model.</param>
    private protected virtual void RegisterCodeFixes(CodeFixContext context, SyntaxNode root, SemanticModel model)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            RegisterCodeFix(context, diagnostic, root, model);
        }
    }

    /// <summary>Registers the fix for <paramref name="diagnostic"/>, where the code still allows it.</summary>
    /// <param name="context">The diagnostics and the document, to register the fix with.</param>
    /// <param name="diagnostic">One of <paramref name="context"/>'s diagnostics.</param>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="model">The document's semantic model.</param>
    private protected abstract void RegisterCodeFix(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model);
}
