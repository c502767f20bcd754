namespace Multiprocessing.Analyzers;

/// <summary>
/// The syntax of an entry point (a <c>Main</c> method or a file of top-level statements) as the main guard sees it;
/// shared by the MP0001 analyzer and its code fix.
/// </summary>
internal static class EntryPointSyntax
{
    /// <summary>The statements of <paramref name="declaration"/>, in order (empty for an expression body).</summary>
    public static IReadOnlyList<StatementSyntax> GetStatements(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax { Body: { } body } => body.Statements,
        CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList(),
        _ => System.Array.Empty<StatementSyntax>(),
    };

    /// <summary>The first statement that runs code: local function declarations and empty statements run nothing.</summary>
    public static StatementSyntax? GetFirstExecutableStatement(SyntaxNode declaration)
    {
        foreach (var statement in GetStatements(declaration))
        {
            if (statement is not LocalFunctionStatementSyntax and not EmptyStatementSyntax)
            {
                return statement;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="statement"/> is a call of the main guard on its own.</summary>
    public static bool IsGuardStatement(StatementSyntax? statement, SemanticModel model, KnownSymbols known, CancellationToken cancellationToken) =>
        statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
        && IsGuardCall(invocation, model, known, cancellationToken);

    /// <summary>
    /// The first call of the main guard in the code of the entry point itself (not in lambdas or local functions,
    /// which may run later or never), or null.
    /// </summary>
    public static InvocationExpressionSyntax? FindGuardCall(SyntaxNode declaration, SemanticModel model, KnownSymbols known, CancellationToken cancellationToken)
    {
        IEnumerable<SyntaxNode> roots = declaration switch
        {
            BaseMethodDeclarationSyntax method => new SyntaxNode?[] { method.Body, method.ExpressionBody }.Where(n => n is not null).Select(n => n!),
            CompilationUnitSyntax unit => unit.Members.OfType<GlobalStatementSyntax>(),
            _ => System.Array.Empty<SyntaxNode>(),
        };

        foreach (var root in roots)
        {
            foreach (var node in root.DescendantNodesAndSelf(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
            {
                if (node is InvocationExpressionSyntax invocation && IsGuardCall(invocation, model, known, cancellationToken))
                {
                    return invocation;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="invocation"/> calls <c>Multiprocess.MainGuard</c> (by symbol, whatever the spelling).</summary>
    public static bool IsGuardCall(InvocationExpressionSyntax invocation, SemanticModel model, KnownSymbols known, CancellationToken cancellationToken)
    {
        // Cheap syntactic filter first: the called name must be MainGuard.
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
        if (name != KnownSymbols.MainGuardName)
        {
            return false;
        }

        return known.IsMainGuard(model.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol);
    }

    /// <summary>
    /// The syntax that declares <paramref name="entryPoint"/>: its method declaration, or the compilation unit that holds
    /// the top-level statements.
    /// </summary>
    public static SyntaxNode? GetDeclaration(IMethodSymbol entryPoint, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in entryPoint.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (syntax is BaseMethodDeclarationSyntax)
            {
                return syntax;
            }

            if (syntax is CompilationUnitSyntax or GlobalStatementSyntax)
            {
                return syntax.FirstAncestorOrSelf<CompilationUnitSyntax>();
            }
        }

        // The synthesized entry point of top-level statements: find the file that has them.
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any())
            {
                return unit;
            }
        }

        return null;
    }
}
