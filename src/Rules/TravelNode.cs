namespace Multiprocessing.Rules;

/// <summary>
/// One type that needs a marshaller, as the rules decided it: what the generator turns into its model. Built-in types
/// (primitives, strings, unmanaged structs, <c>Uri</c>, <c>Version</c>, <c>BigInteger</c>) have none.
/// </summary>
internal sealed class TravelNode
{
    public TravelNode(TravelKind kind, ITypeSymbol type, ImmutableArray<ITypeSymbol> arguments)
    {
        Kind = kind;
        Type = type;
        Arguments = arguments;
    }

    /// <summary>Which marshaller.</summary>
    public TravelKind Kind { get; }

    /// <summary>The type.</summary>
    public ITypeSymbol Type { get; }

    /// <summary>The marshaller's type arguments (elements, key and value, tuple elements; the cases of a union; a handle's own type arguments).</summary>
    public ImmutableArray<ITypeSymbol> Arguments { get; }

    /// <summary>For <see cref="TravelKind.Object"/>: the members, in wire order.</summary>
    public ImmutableArray<TravelMember> Members { get; init; } = ImmutableArray<TravelMember>.Empty;

    /// <summary>For <see cref="TravelKind.Object"/>: whether the receiver creates it through its primary constructor.</summary>
    public bool UsesConstructor { get; init; }

    /// <summary>
    /// For <see cref="TravelKind.Object"/>: whether a value of a derived type could be handed to it (a class that is not
    /// sealed), so that the marshaller must refuse one rather than drop its extra members.
    /// </summary>
    public bool CheckExactType { get; init; }

    /// <summary>
    /// For <see cref="TravelKind.Object"/>: whether the type has derived types in the compilation, so that its
    /// registration is the union's and this marshaller serves as one of the union's cases only.
    /// </summary>
    public bool IsUnionCase { get; init; }

    /// <summary>For <see cref="TravelKind.Custom"/>: the closed marshaller type.</summary>
    public INamedTypeSymbol? Marshaller { get; init; }

    /// <summary>For <see cref="TravelKind.Custom"/>: whether an assembly-level attribute named it (it then replaces a built-in one).</summary>
    public bool IsAssemblyLevel { get; init; }
}
