using System;
using Microsoft.CodeAnalysis.CSharp;

namespace Multiprocessing.Generators
{
    /// <summary>Turns symbols into equatable models (and diagnostics). Nothing here outlives the transform.</summary>
    internal static class Parser
    {
        public const string ProcessTargetAttributeName = "Multiprocessing.ProcessTargetAttribute";
        public const string ChildProcessName = "Multiprocessing.ChildProcess";

        /// <summary>Parses one <c>[ProcessTarget]</c> method.</summary>
        public static TargetResult ParseTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (IMethodSymbol)context.TargetSymbol;
            var compilation = context.SemanticModel.Compilation;
            var syntax = (MethodDeclarationSyntax)context.TargetNode;
            var location = syntax.Identifier.GetLocation();
            var diagnostics = new List<DiagnosticInfo>();
            string id = TargetId(method);

            if (!method.IsStatic)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TargetNotStatic, location, id));
            }

            if (method.IsAsync && method.ReturnsVoid)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AsyncVoidTarget, location, id));
            }

            bool generic = method.IsGenericMethod || ContainingTypes(method.ContainingType).Any(t => t.IsGenericType);
            if (generic)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericTarget, location, id));
            }

            if (method.Parameters.Length > 8)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.TooManyParameters, location, id, method.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (!compilation.IsSymbolAccessibleWithin(method, compilation.Assembly))
            {
                var culprit = FindInaccessible(method);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotAccessible,
                    location,
                    id,
                    culprit is IMethodSymbol ? "the method" : "its containing type '" + culprit.ToDisplayString(TypeNames.IdFormat) + "'",
                    AccessibilityText(culprit.DeclaredAccessibility)));
            }

            bool byRef = false;
            foreach (var parameter in method.Parameters)
            {
                string? problem = parameter.RefKind switch
                {
                    RefKind.Ref => "passed by 'ref'",
                    RefKind.Out => "an 'out' parameter",
                    RefKind.In => "passed by 'in'",
                    RefKind.RefReadOnlyParameter => "passed by 'ref readonly'",
                    _ => parameter.Type is IPointerTypeSymbol or IFunctionPointerTypeSymbol ? "a pointer" : null,
                };
                if (problem is not null)
                {
                    byRef = true;
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ByRefParameter, ParameterLocation(parameter, location), "Parameter '" + parameter.Name + "'", id, problem));
                }
            }

            if (method.ReturnsByRef || method.ReturnsByRefReadonly || method.ReturnType is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
            {
                byRef = true;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ByRefParameter, syntax.ReturnType.GetLocation(), "The return value", id,
                    method.ReturnType is IPointerTypeSymbol or IFunctionPointerTypeSymbol ? "a pointer" : "returned by reference"));
            }

            // A CancellationToken parameter is not data: the child's dispatcher passes the token its parent cancels.
            // One is enough; a second could only ever be the same token.
            var tokenType = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
            bool IsToken(IParameterSymbol p) => tokenType is not null && SymbolEqualityComparer.Default.Equals(p.Type, tokenType);
            bool sawToken = false;
            foreach (var parameter in method.Parameters.Where(p => IsToken(p) && p.RefKind == RefKind.None))
            {
                if (sawToken)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.TypeNotMarshallable, ParameterLocation(parameter, location), parameter.Name, "System.Threading.CancellationToken",
                        "a target takes at most one CancellationToken (the token its caller, pool or host cancels); remove this one"));
                }

                sawToken = true;
            }

            var (returnKind, resultType) = ClassifyReturn(method);
            var analyzer = new MarshalAnalyzer(compilation, diagnostics, cancellationToken);
            if (!generic && !byRef)
            {
                foreach (var parameter in method.Parameters)
                {
                    if (IsToken(parameter))
                    {
                        continue;
                    }

                    analyzer.Visit(parameter.Type, parameter.Name, ParameterLocation(parameter, location));
                }

                if (resultType is not null)
                {
                    analyzer.Visit(resultType, "return value", syntax.ReturnType.GetLocation());
                }
            }

            if (diagnostics.Count > 0)
            {
                return new TargetResult(null, EquatableArray<MarshalTypeModel>.Empty, diagnostics.ToEquatableArray());
            }

            var target = new TargetModel(
                id,
                TypeNames.FullName(method.ContainingType, annotate: false),
                TypeNames.Escape(method.Name),
                method.Parameters.Select(p => new ParameterModel(TypeNames.Escape(p.Name), TypeNames.FullName(p.Type, annotate: true), IsToken(p))).ToEquatableArray(),
                returnKind,
                resultType is null ? null : TypeNames.FullName(resultType, annotate: true),
                method.ReturnsVoid ? null : TypeNames.FullName(method.ReturnType, annotate: true));
            return new TargetResult(target, analyzer.Types.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>Parses a class declaration with a base list; null unless it declares a ChildProcess subclass.</summary>
        public static ProcessClassResult? ParseProcessClass(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var declaration = (ClassDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol symbol)
            {
                return null;
            }

            var compilation = context.SemanticModel.Compilation;
            var childProcess = compilation.GetTypeByMetadataName(ChildProcessName);
            if (childProcess is null || !DerivesFrom(symbol, childProcess))
            {
                return null;
            }

            // A partial class has several declarations: handle it once, at the first one with a base list.
            var declarations = symbol.DeclaringSyntaxReferences
                .Select(r => r.GetSyntax(cancellationToken))
                .OfType<ClassDeclarationSyntax>()
                .ToList();
            var first = declarations.FirstOrDefault(d => d.BaseList is not null);
            if (first is null || first.SyntaxTree != declaration.SyntaxTree || first.Span != declaration.Span)
            {
                return null;
            }

            var location = declaration.Identifier.GetLocation();
            var diagnostics = new List<DiagnosticInfo>();
            string id = symbol.ToDisplayString(TypeNames.IdFormat);

            if (ContainingTypes(symbol).Any(t => t.IsGenericType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericTarget, location, id));
            }

            if (!declarations.Any(d => d.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProcessClassNotPartial, location, id, "the class"));
            }
            else
            {
                for (var container = symbol.ContainingType; container is not null; container = container.ContainingType)
                {
                    bool partial = container.DeclaringSyntaxReferences
                        .Select(r => r.GetSyntax(cancellationToken))
                        .OfType<TypeDeclarationSyntax>()
                        .Any(d => d.Modifiers.Any(SyntaxKind.PartialKeyword));
                    if (!partial)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ProcessClassNotPartial, location, id, "its containing type '" + container.ToDisplayString(TypeNames.IdFormat) + "'"));
                        break;
                    }
                }
            }

            if (declarations.Any(d => d.ParameterList is not null))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProcessClassPrimaryConstructor, location, id));
            }

            if (!symbol.IsAbstract && !compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly))
            {
                var culprit = FindInaccessible(symbol);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotAccessible,
                    location,
                    id,
                    SymbolEqualityComparer.Default.Equals(culprit, symbol) ? "the class" : "its containing type '" + culprit.ToDisplayString(TypeNames.IdFormat) + "'",
                    AccessibilityText(culprit.DeclaredAccessibility)));
            }

            var analyzer = new MarshalAnalyzer(compilation, diagnostics, cancellationToken);
            var fields = new List<FieldModel>();
            var members = symbol.GetMembers();
            foreach (var member in members)
            {
                ITypeSymbol type;
                Location memberLocation;
                switch (member)
                {
                    case IFieldSymbol field when !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared && field.AssociatedSymbol is null:
                        if (IsNonSerialized(field))
                        {
                            continue;
                        }

                        type = field.Type;
                        memberLocation = field.Locations.FirstOrDefault() ?? location;
                        break;
                    case IPropertySymbol property when !property.IsStatic && !property.IsIndexer && !property.IsAbstract:
                        var backing = members.OfType<IFieldSymbol>()
                            .FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
                        if (backing is null || backing.IsStatic || IsNonSerialized(backing))
                        {
                            continue; // a computed property: nothing to copy
                        }

                        type = property.Type;
                        memberLocation = property.Locations.FirstOrDefault() ?? location;
                        break;
                    default:
                        continue;
                }

                if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.TypeNotMarshallable, memberLocation, id + "." + member.Name, TypeNames.Display(type), "pointers cannot travel to another process; mark the field [NonSerialized]"));
                    continue;
                }

                if (analyzer.Visit(type, id + "." + member.Name, memberLocation))
                {
                    fields.Add(new FieldModel(TypeNames.Escape(member.Name), TypeNames.FullName(type, annotate: true)));
                }
            }

            if (diagnostics.Count > 0)
            {
                return new ProcessClassResult(null, EquatableArray<MarshalTypeModel>.Empty, diagnostics.ToEquatableArray());
            }

            var containers = ContainingTypes(symbol.ContainingType)
                .Reverse()
                .Select(t => new ContainingTypeModel(TypeKeyword(t), TypeNames.Escape(t.Name)))
                .ToEquatableArray();
            var model = new ProcessClassModel(
                id,
                id + ".ChildProcess.g.cs",
                TypeNames.NamespaceName(symbol.ContainingNamespace),
                containers,
                TypeNames.Escape(symbol.Name),
                TypeNames.FullName(symbol, annotate: false),
                symbol.IsSealed,
                symbol.IsAbstract,
                fields.ToEquatableArray());
            return new ProcessClassResult(model, analyzer.Types.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>The stable target id: <c>Namespace.Type.Method(param types)</c>.</summary>
        public static string TargetId(IMethodSymbol method) =>
            method.ContainingType.ToDisplayString(TypeNames.IdFormat) + "." + method.Name +
            "(" + string.Join(", ", method.Parameters.Select(p => TypeNames.Display(p.Type))) + ")";

        private static (ReturnKind Kind, ITypeSymbol? Result) ClassifyReturn(IMethodSymbol method)
        {
            if (method.ReturnsVoid)
            {
                return (ReturnKind.Void, null);
            }

            if (method.ReturnType is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
            {
                switch (named.MetadataName)
                {
                    case "Task":
                        return (ReturnKind.Task, null);
                    case "Task`1":
                        return (ReturnKind.TaskOfT, named.TypeArguments[0]);
                    case "ValueTask":
                        return (ReturnKind.ValueTask, null);
                    case "ValueTask`1":
                        return (ReturnKind.ValueTaskOfT, named.TypeArguments[0]);
                }
            }

            return (ReturnKind.Value, method.ReturnType);
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static IEnumerable<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                yield return current;
            }
        }

        private static ISymbol FindInaccessible(ISymbol symbol)
        {
            // Outermost first: a private nested type makes everything inside it unreachable.
            var chain = new List<ISymbol>();
            for (ISymbol? current = symbol; current is INamedTypeSymbol or IMethodSymbol; current = current.ContainingType)
            {
                chain.Add(current);
            }

            chain.Reverse();
            return chain.FirstOrDefault(s => s.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)) ?? symbol;
        }

        private static string AccessibilityText(Accessibility accessibility) => accessibility switch
        {
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => accessibility.ToString().ToLowerInvariant(),
        };

        private static Location ParameterLocation(IParameterSymbol parameter, Location fallback) =>
            parameter.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback;

        private static bool IsNonSerialized(IFieldSymbol field) =>
            field.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.NonSerializedAttribute");

        private static string TypeKeyword(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };
    }
}
