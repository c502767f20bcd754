using System;

namespace Multiprocessing.Generators
{
    /// <summary>Turns a <c>[ManagedType]</c> class into an equatable model of its constructors and proxy members (and diagnostics).</summary>
    internal static class ManagedTypeParser
    {
        public const string ManagedTypeAttributeName = "Multiprocessing.ManagedTypeAttribute";

        /// <summary>Names the proxy (<c>ManagedObject&lt;T&gt;</c>) already has: an extension method of that name would never be called.</summary>
        private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
        {
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "BeginInvoke", "EndInvoke", "ObjectId", "ManagerAddress",
        };

        /// <summary>Parses one <c>[ManagedType]</c> class.</summary>
        public static ManagedTypeResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var type = (INamedTypeSymbol)context.TargetSymbol;
            var compilation = context.SemanticModel.Compilation;
            var location = ((ClassDeclarationSyntax)context.TargetNode).Identifier.GetLocation();
            var diagnostics = new List<DiagnosticInfo>();
            string id = type.ToDisplayString(TypeNames.IdFormat);

            string? problem = null;
            if (type.IsAbstract || type.IsStatic)
            {
                problem = "it is " + (type.IsStatic ? "static" : "abstract") + ": the server creates instances of it. Mark a concrete class";
            }
            else if (Chain(type).Any(t => t.IsGenericType))
            {
                problem = "it is generic or declared in a generic type: the server could not know which type arguments to use. Mark a non-generic class";
            }
            else if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ||
                     Chain(type).Any(t => t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)))
            {
                problem = "it is not accessible from generated code (it, or a type that contains it, is private or protected). Make it internal or public";
            }
            else if (!type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public))
            {
                problem = "it has no public constructor: the server creates instances with one. Add a public constructor";
            }

            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedTypeInvalid, location, id, problem));
                return new ManagedTypeResult(null, EquatableArray<MarshalTypeModel>.Empty, diagnostics.ToEquatableArray());
            }

            var analyzer = new MarshalAnalyzer(compilation, diagnostics, cancellationToken);
            var constructors = new List<ManagedConstructorModel>();
            foreach (var constructor in type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public))
            {
                string display = type.Name + "(" + string.Join(", ", constructor.Parameters.Select(p => TypeNames.Display(p.Type))) + ")";
                if (CallProblem(constructor) is { } reason)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedMemberSkipped, Where(constructor, location), display, id, reason));
                    continue;
                }

                foreach (var parameter in constructor.Parameters)
                {
                    analyzer.Visit(parameter.Type, parameter.Name, Where(parameter, location));
                }

                constructors.Add(new ManagedConstructorModel(Parameters(constructor.Parameters), display));
            }

            var members = new List<ManagedMemberModel>();
            var signatures = new HashSet<string>(StringComparer.Ordinal);
            foreach (var current in BaseChain(type))
            {
                foreach (var symbol in current.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (symbol.IsStatic || symbol.DeclaredAccessibility != Accessibility.Public || symbol.IsOverride || symbol.IsImplicitlyDeclared)
                    {
                        continue;
                    }

                    switch (symbol)
                    {
                        case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                            AddMethod(method);
                            break;
                        case IPropertySymbol { IsIndexer: false } property:
                            AddProperty(property);
                            break;
                    }
                }
            }

            if (diagnostics.Any(d => d.Id != DiagnosticDescriptors.ManagedMemberSkipped.Id) || constructors.Count == 0)
            {
                if (constructors.Count == 0 && diagnostics.All(d => d.Id == DiagnosticDescriptors.ManagedMemberSkipped.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedTypeInvalid, location, id, "none of its public constructors can be called through a manager. Add one whose parameters are passed by value"));
                }

                return new ManagedTypeResult(null, EquatableArray<MarshalTypeModel>.Empty, diagnostics.ToEquatableArray());
            }

            var model = new ManagedTypeModel(
                id,
                TypeNames.Sanitize(id) + ".ManagedType.g.cs",
                TypeNames.NamespaceName(type.ContainingNamespace),
                TypeNames.Escape(type.Name),
                TypeNames.FullName(type, annotate: false),
                Chain(type).All(t => t.DeclaredAccessibility == Accessibility.Public),
                constructors.ToEquatableArray(),
                members.ToEquatableArray());
            return new ManagedTypeResult(model, analyzer.Types.ToEquatableArray(), diagnostics.ToEquatableArray());

            void AddMethod(IMethodSymbol method)
            {
                string display = type.Name + "." + method.Name + "(" + string.Join(", ", method.Parameters.Select(p => TypeNames.Display(p.Type))) + ")";
                string? reason = method.IsGenericMethod
                    ? "it is generic, and the server could not know which type arguments to use"
                    : CallProblem(method) ?? ReturnProblem(method) ?? NameProblem(method.Name);
                if (reason is null && !signatures.Add(method.Name + "(" + string.Join(",", method.Parameters.Select(p => TypeNames.FullName(p.Type, annotate: false))) + ")"))
                {
                    return; // hidden by a member of a derived class, which came first
                }

                if (reason is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedMemberSkipped, Where(method, location), display, id, reason));
                    return;
                }

                foreach (var parameter in method.Parameters)
                {
                    analyzer.Visit(parameter.Type, parameter.Name, Where(parameter, location));
                }

                if (!method.ReturnsVoid)
                {
                    analyzer.Visit(method.ReturnType, method.Name + " return value", Where(method, location));
                }

                members.Add(new ManagedMemberModel(
                    ManagedMemberKind.Method,
                    TypeNames.Escape(method.Name),
                    TypeNames.Escape(method.Name),
                    Parameters(method.Parameters),
                    method.ReturnsVoid ? null : TypeNames.FullName(method.ReturnType, annotate: true),
                    display));
            }

            void AddProperty(IPropertySymbol property)
            {
                string display = type.Name + "." + property.Name;
                if (property.ReturnsByRef || property.ReturnsByRefReadonly)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedMemberSkipped, Where(property, location), display, id, "it returns by reference, and a reference cannot cross processes"));
                    return;
                }

                string typeName = TypeNames.FullName(property.Type, annotate: true);
                bool getter = property.GetMethod is { DeclaredAccessibility: Accessibility.Public };
                bool setter = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
                if (!getter && !setter)
                {
                    return;
                }

                if ((getter && !signatures.Add("Get" + property.Name + "()")) | (setter && !signatures.Add("Set" + property.Name + "(" + TypeNames.FullName(property.Type, annotate: false) + ")")))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManagedMemberSkipped, Where(property, location), display, id,
                        "its proxy methods Get" + property.Name + "/Set" + property.Name + " would collide with a method of the same name"));
                    return;
                }

                analyzer.Visit(property.Type, property.Name, Where(property, location));
                if (getter)
                {
                    members.Add(new ManagedMemberModel(ManagedMemberKind.Getter, "Get" + property.Name, TypeNames.Escape(property.Name), EquatableArray<ParameterModel>.Empty, typeName, display));
                }

                if (setter)
                {
                    members.Add(new ManagedMemberModel(ManagedMemberKind.Setter, "Set" + property.Name, TypeNames.Escape(property.Name),
                        new[] { new ParameterModel("value", typeName) }.ToEquatableArray(), null, display));
                }
            }
        }

        private static string? CallProblem(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    return "parameter '" + parameter.Name + "' is passed by reference, and a reference cannot cross processes";
                }

                if (parameter.Type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
                {
                    return "parameter '" + parameter.Name + "' is a pointer, and a pointer cannot cross processes";
                }
            }

            return null;
        }

        private static string? ReturnProblem(IMethodSymbol method)
        {
            if (method.ReturnsByRef || method.ReturnsByRefReadonly || method.ReturnType is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
            {
                return "it returns a reference or a pointer, which cannot cross processes";
            }

            if (method.ReturnType is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" &&
                named.Name is "Task" or "ValueTask")
            {
                return "it is async, and the server calls members synchronously; return the value itself";
            }

            return null;
        }

        private static string? NameProblem(string name) =>
            s_reserved.Contains(name) ? "its name is taken by a member of the proxy itself, so a proxy method of that name would never be called; rename it" : null;

        private static EquatableArray<ParameterModel> Parameters(IEnumerable<IParameterSymbol> parameters) =>
            parameters.Select(p => new ParameterModel(TypeNames.Escape(p.Name), TypeNames.FullName(p.Type, annotate: true))).ToEquatableArray();

        private static Location Where(ISymbol symbol, Location fallback) => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback;

        private static IEnumerable<INamedTypeSymbol> Chain(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                yield return current;
            }
        }

        private static IEnumerable<INamedTypeSymbol> BaseChain(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                yield return current;
            }
        }
    }
}
