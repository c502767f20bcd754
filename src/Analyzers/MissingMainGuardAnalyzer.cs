namespace Multiprocessing.Analyzers;

/// <summary>
/// MP0001: an application that starts processes or declares targets must call <c>Multiprocess.MainGuard()</c> as the
/// first statement of its entry point, as Python needs <c>if __name__ == '__main__':</c> under the spawn start method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingMainGuardAnalyzer : ProcessUsageAnalyzer
{
    /// <summary>The property of a diagnostic that tells which case it is: <see cref="MissingKind"/> or <see cref="NotFirstKind"/>.</summary>
    public const string KindProperty = "Kind";

    /// <summary>The analyzer-config key of the MSBuild property <c>PublishAot</c> (exposed by <c>CompilerVisibleProperty</c>).</summary>
    public const string PublishAotProperty = "build_property.PublishAot";

    /// <summary>The guard is not called at all.</summary>
    public const string MissingKind = "Missing";

    /// <summary>The guard is called, but not as the first statement.</summary>
    public const string NotFirstKind = "NotFirst";

    /// <summary>Creates the analyzer.</summary>
    public MissingMainGuardAnalyzer()
        : base(DiagnosticDescriptors.MissingMainGuard, DiagnosticDescriptors.MainGuardNotFirst)
    {
    }

    /// <inheritdoc />
    private protected override bool AppliesTo(KnownSymbols known) => known.Multiprocess is not null && known.HasRuntime;

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var kind = context.Compilation.Options.OutputKind;
        if (kind is OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule or OutputKind.WindowsRuntimeMetadata)
        {
            return;
        }

        var entryPoint = context.Compilation.GetEntryPoint(context.CancellationToken);
        var declaration = entryPoint is null ? null : EntryPointSyntax.GetDeclaration(entryPoint, context.Compilation, context.CancellationToken);
        if (entryPoint is null || declaration is null)
        {
            return;
        }

        // NativeAOT has no child host to fall back on: a missing guard is an error there. The package's build files make
        // the property visible to analyzers (CompilerVisibleProperty).
        var isNativeAot = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PublishAotProperty, out var publishAot)
            && string.Equals(publishAot?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
        var usage = new MainGuardAnalysisState();

        context.RegisterSymbolAction(
            c =>
            {
                if (!usage.IsSet && c.Symbol is IMethodSymbol method && known.IsProcessTarget(method))
                {
                    usage.Set();
                }
            },
            SymbolKind.Method);

        context.RegisterSymbolAction(
            c =>
            {
                if (!usage.IsSet && c.Symbol is INamedTypeSymbol type && known.IsProcessStartingType(type.BaseType))
                {
                    usage.Set();
                }
            },
            SymbolKind.NamedType);

        context.RegisterOperationAction(
            c =>
            {
                if (usage.IsSet)
                {
                    return;
                }

                var type = c.Operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                    IObjectCreationOperation creation => creation.Type,
                    IPropertyReferenceOperation property => property.Property.ContainingType,
                    IMethodReferenceOperation method => method.Method.ContainingType,
                    _ => null,
                };
                if (known.IsProcessStartingType(type))
                {
                    usage.Set();
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.PropertyReference,
            OperationKind.MethodReference);

        context.RegisterSemanticModelAction(c =>
        {
            if (c.SemanticModel.SyntaxTree == declaration.SyntaxTree)
            {
                usage.Pending = AnalyzeEntryPoint(entryPoint, declaration, c.SemanticModel, known, isNativeAot, c.CancellationToken);
            }
        });

        context.RegisterCompilationEndAction(c =>
        {
            if (usage.IsSet && usage.Pending is { } diagnostic)
            {
                c.ReportDiagnostic(diagnostic);
            }
        });
    }

    private static Diagnostic? AnalyzeEntryPoint(
        IMethodSymbol entryPoint, SyntaxNode declaration, SemanticModel model, KnownSymbols known, bool isNativeAot, CancellationToken cancellationToken)
    {
        var first = EntryPointSyntax.GetFirstExecutableStatement(declaration);
        if (EntryPointSyntax.IsGuardStatement(first, model, known, cancellationToken))
        {
            return null;
        }

        if (declaration is BaseMethodDeclarationSyntax { ExpressionBody.Expression: InvocationExpressionSyntax bodyCall }
            && EntryPointSyntax.IsGuardCall(bodyCall, model, known, cancellationToken))
        {
            return null;
        }

        var isTopLevel = declaration is CompilationUnitSyntax;
        var guard = EntryPointSyntax.FindGuardCall(declaration, model, known, cancellationToken);
        if (guard is not null)
        {
            var statement = guard.FirstAncestorOrSelf<StatementSyntax>() ?? (SyntaxNode)guard;
            return Diagnostic.Create(
                DiagnosticDescriptors.MainGuardNotFirst,
                statement.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, NotFirstKind),
                isTopLevel ? "the top-level program" : "'" + Describe(entryPoint) + "'");
        }

        var location = declaration switch
        {
            MethodDeclarationSyntax method => method.Identifier.GetLocation(),
            _ when first is not null => first.GetLocation(),
            _ => declaration.GetLocation(),
        };
        var descriptor = DiagnosticDescriptors.MissingMainGuard;
        return Diagnostic.Create(
            descriptor,
            location,
            isNativeAot ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
            additionalLocations: null,
            ImmutableDictionary<string, string?>.Empty.Add(KindProperty, MissingKind),
            isTopLevel ? "The top-level program" : "'" + Describe(entryPoint) + "'",
            isNativeAot ? DiagnosticDescriptors.MissingMainGuardAotConsequence : DiagnosticDescriptors.MissingMainGuardJitConsequence);
    }

    private static string Describe(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "." + method.Name;
}
