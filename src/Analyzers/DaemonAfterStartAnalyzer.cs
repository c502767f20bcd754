namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0005: <c>Daemon</c> assigned after <c>Start()</c> was called on the same local, parameter or field earlier in the
/// same method; it throws at run time.
/// </summary>
/// <remarks>
/// Only a <c>Start()</c> in an earlier statement of a block that encloses the assignment counts (so a Start in the other
/// branch of an if does not), and a new value assigned to the variable in between resets it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DaemonAfterStartAnalyzer : ProcessOperationAnalyzer<ISimpleAssignmentOperation>
{
    /// <summary>Creates the analyzer.</summary>
    public DaemonAfterStartAnalyzer()
        : base(OperationKind.SimpleAssignment, DiagnosticDescriptors.DaemonAfterStart)
    {
    }

    /// <inheritdoc />
    private protected override void Analyze(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, KnownSymbols known)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Daemon" } property
            || !known.IsChildProcess(property.Property.ContainingType)
            || GetVariable(property.Instance) is not { } variable
            || assignment.SemanticModel is not { } model
            || assignment.Syntax.FirstAncestorOrSelf<StatementSyntax>() is not { } statement)
        {
            return;
        }

        // In an expression-bodied lambda the assignment runs whenever the lambda is called, not in statement order.
        if (assignment.Syntax.Ancestors().TakeWhile(n => n != statement).Any(n => n is AnonymousFunctionExpressionSyntax))
        {
            return;
        }

        var start = FindEarlierStart(statement, variable, model, known, context.CancellationToken);
        if (start is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DaemonAfterStart,
            assignment.Syntax.GetLocation(),
            additionalLocations: new[] { start.GetLocation() },
            messageArgs: property.Instance!.Syntax.ToString()));
    }

    /// <summary>The local, parameter or field that <paramref name="instance"/> reads, or null.</summary>
    private static ISymbol? GetVariable(IOperation? instance) => instance switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        _ => null,
    };

    /// <summary>
    /// The statement with <c>variable.Start()</c> that runs before <paramref name="statement"/>: an earlier sibling of it
    /// or of one of its enclosing statements, within the same method, lambda or local function.
    /// </summary>
    private static StatementSyntax? FindEarlierStart(
        StatementSyntax statement, ISymbol variable, SemanticModel model, KnownSymbols known, CancellationToken cancellationToken)
    {
        SyntaxNode current = statement;
        while (true)
        {
            if (current.Parent is GlobalStatementSyntax global)
            {
                current = global;
            }

            foreach (var sibling in EarlierSiblings(current).Reverse())
            {
                if (Assigns(sibling, variable, model, cancellationToken))
                {
                    return null;
                }

                if (Starts(sibling, variable, model, known, cancellationToken))
                {
                    return sibling;
                }
            }

            var container = current.Parent;
            if (container is null or CompilationUnitSyntax or MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return null;
            }

            current = container;
        }
    }

    private static IEnumerable<StatementSyntax> EarlierSiblings(SyntaxNode node)
    {
        switch (node.Parent)
        {
            case BlockSyntax block:
                return block.Statements.TakeWhile(s => s != node);
            case SwitchSectionSyntax section:
                return section.Statements.TakeWhile(s => s != node);
            case CompilationUnitSyntax unit when node is GlobalStatementSyntax:
                return unit.Members.TakeWhile(m => m != node).OfType<GlobalStatementSyntax>().Select(g => g.Statement);
            default:
                return Enumerable.Empty<StatementSyntax>();
        }
    }

    private static IEnumerable<SyntaxNode> Code(StatementSyntax statement) =>
        statement.DescendantNodesAndSelf(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax);

    private static bool Starts(StatementSyntax statement, ISymbol variable, SemanticModel model, KnownSymbols known, CancellationToken cancellationToken)
    {
        foreach (var node in Code(statement))
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start" } access }
                && model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: 0 } method
                && known.IsChildProcess(method.ContainingType)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, variable))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Assigns(StatementSyntax statement, ISymbol variable, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in Code(statement))
        {
            if (node is AssignmentExpressionSyntax assignment
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, variable))
            {
                return true;
            }
        }

        return false;
    }
}
