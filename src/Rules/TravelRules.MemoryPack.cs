namespace Multiprocessing.Rules;

/// <summary>The travel rules for <c>[MemoryPackable]</c> types: they travel through MemoryPack, with the inner types their formatters need.</summary>
internal sealed partial class TravelRules
{
    /// <summary>Whether <paramref name="type"/> is marked <c>[MemoryPack.MemoryPackable]</c>: it travels through MemoryPack (kind <see cref="TravelKind.MemoryPack"/>).</summary>
    public bool IsMemoryPackable(ITypeSymbol type)
    {
        if (Known.MemoryPackableAttribute is null || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named)
        {
            return false;
        }

        foreach (var attribute in named.OriginalDefinition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Known.MemoryPackableAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private bool VisitMemoryPackable(INamedTypeSymbol type, string path)
    {
        foreach (var argument in type.TypeArguments)
        {
            if (argument is ITypeParameterSymbol)
            {
                return Fail(type, path, "it is an open generic type; use a concrete type");
            }
        }

        Add(new TravelNode(TravelKind.MemoryPack, type, ImmutableArray<ITypeSymbol>.Empty));
        AddInnerMemoryPackables(type);
        return true; // MemoryPack's own generator checks the members
    }

    /// <summary>
    /// Every <c>[MemoryPackable]</c> type inside <paramref name="type"/> (members, elements, type arguments) gets a
    /// MemoryPack node too, so that its generated marshaller registers MemoryPack's formatter for it without reflection:
    /// under NativeAOT, MemoryPack's reflection lookup of a nested type's formatter fails.
    /// </summary>
    private void AddInnerMemoryPackables(INamedTypeSymbol type)
    {
        var pending = new Stack<ITypeSymbol>();
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { type };
        PushMembers(type, pending);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            if (current is IArrayTypeSymbol array)
            {
                pending.Push(array.ElementType);
                continue;
            }

            if (current is not INamedTypeSymbol named)
            {
                continue;
            }

            foreach (var argument in named.TypeArguments)
            {
                pending.Push(argument);
            }

            if (IsMemoryPackable(named) && _compilation.IsSymbolAccessibleWithin(named, _compilation.Assembly))
            {
                Add(new TravelNode(TravelKind.MemoryPack, named, ImmutableArray<ITypeSymbol>.Empty));
                PushMembers(named, pending);
            }
        }
    }

    private static void PushMembers(INamedTypeSymbol type, Stack<ITypeSymbol> pending)
    {
        foreach (var argument in type.TypeArguments)
        {
            pending.Push(argument);
        }

        for (var declaring = type; declaring is not null && declaring.SpecialType != SpecialType.System_Object; declaring = declaring.BaseType)
        {
            foreach (var member in declaring.GetMembers())
            {
                if (!member.IsStatic && member is IFieldSymbol { IsConst: false } or IPropertySymbol { IsIndexer: false })
                {
                    pending.Push(member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type);
                }
            }
        }
    }
}
