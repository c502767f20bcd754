using System;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Finds the calls that type a manager's proxies (<c>manager.CreateDictionary&lt;string, Person&gt;()</c>,
    /// <c>ns.Set("p", person)</c>, ...) so that the element types get marshallers even when no
    /// <c>[ProcessTarget]</c> signature mentions them, and reports MP0102 at the call when one cannot travel.
    /// </summary>
    internal static class ProxyUseParser
    {
        private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
        {
            "CreateDictionary", "GetDictionary", "CreateList", "GetList", "CreateQueue", "GetQueue", "CreateValue", "GetValue",
            "Get", "TryGet", "Set",
        };

        private static readonly HashSet<string> s_owners = new(StringComparer.Ordinal)
        {
            "Multiprocessing.ProcessManager", "Multiprocessing.ManagedNamespace",
        };

        /// <summary>The cheap syntax test: a generic-looking member call with one of the names.</summary>
        public static bool IsCandidate(SyntaxNode node) =>
            node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: { } name } } &&
            s_names.Contains(name.Identifier.ValueText);

        public static ProxyUseResult? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (context.SemanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { IsGenericMethod: true } method ||
                method.ContainingType is null || !s_owners.Contains(method.ContainingType.ToDisplayString()))
            {
                return null;
            }

            var diagnostics = new List<DiagnosticInfo>();
            var analyzer = new MarshalAnalyzer(context.SemanticModel.Compilation, diagnostics, cancellationToken);
            var location = ((MemberAccessExpressionSyntax)invocation.Expression).Name.GetLocation();
            foreach (var argument in method.TypeArguments)
            {
                if (argument is ITypeParameterSymbol || argument.TypeKind == TypeKind.Error)
                {
                    continue; // generic user code: the caller's own call site is checked
                }

                analyzer.Visit(argument, "type argument of " + method.Name, location);
            }

            var types = analyzer.Types.ToEquatableArray();
            return types.IsEmpty && diagnostics.Count == 0 ? null : new ProxyUseResult(types, diagnostics.ToEquatableArray());
        }
    }
}
