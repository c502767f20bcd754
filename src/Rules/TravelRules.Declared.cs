using System;
using System.Globalization;

namespace Multiprocessing.Rules;

/// <summary>The travel rules for handles, declared marshallers and the members of plain types.</summary>
internal sealed partial class TravelRules
{
    private (DeclaredMarshaller Declared, bool AssemblyLevel)? FindDeclaredMarshaller(INamedTypeSymbol? type)
    {
        if (type is null || Known.ProcessMarshallerAttribute is null)
        {
            return null;
        }

        if (Known.AssemblyMarshaller(type.OriginalDefinition) is { } registered)
        {
            return (registered, true);
        }

        foreach (var attribute in type.OriginalDefinition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Known.ProcessMarshallerAttribute) &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is INamedTypeSymbol marshaller)
            {
                return (TravelKnownTypes.Declared(attribute, marshaller), false);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> implements <c>IProcessHandle&lt;itself&gt;</c>: it travels as a handle.</summary>
    private bool IsHandle(INamedTypeSymbol type)
    {
        if (Known.ProcessHandle is null || type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (TravelKnownTypes.Is(candidate, Known.ProcessHandle) && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A handle travels as its name; the values of its type arguments (a queue's items, a pipe's messages, a proxied
    /// list's elements) travel through it, so they need marshallers too. A <c>[ManagedType]</c> class is the exception:
    /// its instances live in the manager's server, and a <c>ManagedObject&lt;T&gt;</c> carries none.
    /// </summary>
    private bool VisitHandle(INamedTypeSymbol type, string path)
    {
        if (!_compilation.IsSymbolAccessibleWithin(type, _compilation.Assembly))
        {
            return Fail(type, path, "it is not accessible from generated code (a private or protected nested type); make it internal or public");
        }

        bool ok = true;
        foreach (var argument in type.TypeArguments)
        {
            if (!IsManagedType(argument))
            {
                ok &= Visit(argument, path + "<" + argument.ToDisplayString() + ">");
            }
        }

        if (ok)
        {
            Add(new TravelNode(TravelKind.Handle, type, type.TypeArguments));
        }

        return ok;
    }

    private bool IsManagedType(ITypeSymbol type)
    {
        if (Known.ManagedTypeAttribute is null)
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Known.ManagedTypeAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private bool VisitDeclared(INamedTypeSymbol type, DeclaredMarshaller declared, bool assemblyLevel, string path)
    {
        var marshaller = declared.Marshaller;
        var arguments = type.IsGenericType ? type.TypeArguments : ImmutableArray<ITypeSymbol>.Empty;
        if (marshaller.IsUnboundGenericType != (arguments.Length > 0) || marshaller.Arity != arguments.Length)
        {
            return Fail(type, path, "its [ProcessMarshaller] names " + marshaller.ToDisplayString() + ", which does not take the type's " + arguments.Length.ToString(CultureInfo.InvariantCulture) + " type argument(s)");
        }

        bool ok = true;
        foreach (var argument in declared.TypeArgumentsTravel ? arguments : ImmutableArray<ITypeSymbol>.Empty)
        {
            ok &= Visit(argument, path + "<" + argument.ToDisplayString() + ">");
        }

        if (!ok)
        {
            return false;
        }

        var closed = arguments.Length > 0 ? marshaller.OriginalDefinition.Construct(arguments.ToArray()) : marshaller;
        Add(new TravelNode(TravelKind.Custom, type, arguments) { Marshaller = closed, IsAssemblyLevel = assemblyLevel });
        return true;
    }

    private void Add(TravelNode node) => _nodes.Add(node);

    private bool Fail(ITypeSymbol type, string path, string reason)
    {
        _failures.Add(new TravelFailure(type, path, reason));
        return false;
    }

    private string FrameworkReason(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Known.FrameworkReasons.TryGetValue(current.OriginalDefinition, out var reason))
            {
                return reason;
            }
        }

        return "the SDK has no marshaller for this framework type; use primitives, strings, enums, arrays, List<T>, IReadOnlyList<T>, Dictionary<TKey, TValue>, HashSet<T>, tuples or your own records, or register one with [assembly: ProcessMarshaller(typeof(TheType), typeof(YourMarshaller))]";
    }

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns?.ContainingNamespace is { IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false, Name: "System" or "Microsoft" };
    }

    private IMethodSymbol? FindPrimaryConstructor(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is TypeDeclarationSyntax { ParameterList: { Parameters.Count: > 0 } parameters })
            {
                var names = parameters.Parameters.Select(p => p.Identifier.ValueText).ToList();
                return type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Select(p => p.Name).SequenceEqual(names));
            }
        }

        return null;
    }

    private static ISymbol? FindReadableMember(INamedTypeSymbol type, string name)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var found = AllMembers(type).FirstOrDefault(m => string.Equals(m.Name, name, comparison));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Public instance fields and readable properties, base type first, in declaration order.</summary>
    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            chain.Add(current);
        }

        chain.Reverse();
        foreach (var current in chain)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is IFieldSymbol)
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol { IsConst: false }:
                        yield return member;
                        break;
                    case IPropertySymbol { IsIndexer: false, GetMethod: { DeclaredAccessibility: Accessibility.Public } } property when property.Name != "EqualityContract":
                        yield return member;
                        break;
                }
            }
        }
    }

    private static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => throw new ArgumentException("Not a field or property.", nameof(member)),
    };

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>()
            .Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));
}
