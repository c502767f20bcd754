using System;
using System.Globalization;

namespace Multiprocessing.Rules;

/// <summary>
/// The one rule set that decides whether a type can travel to a child process, and if not, which member path and why.
/// Symbol-only; compiled into both the source generator (its MP0102, and the marshallers it emits) and the analyzers
/// (MP0004 at call sites), so that the two cannot drift (a linked source file, as dotnet/runtime's Regex generator
/// links its parser). The generator turns <see cref="Nodes"/> into its model; the analyzers read <see cref="Failures"/>.
/// </summary>
internal sealed partial class TravelRules
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly List<TravelFailure> _failures = new();
    private readonly List<TravelNode> _nodes = new();
    private readonly HashSet<ITypeSymbol> _done = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _visiting = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _unions = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _visitingUnions = new(SymbolEqualityComparer.Default);

    public TravelRules(Compilation compilation, CancellationToken cancellationToken = default)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        Known = TravelKnownTypes.Get(compilation);
    }

    /// <summary>The well-known types of the compilation.</summary>
    public TravelKnownTypes Known { get; }

    /// <summary>Every failure found so far, in the order found.</summary>
    public IReadOnlyList<TravelFailure> Failures => _failures;

    /// <summary>The types that need a marshaller, in the order decided (a type may appear more than once).</summary>
    public IReadOnlyList<TravelNode> Nodes => _nodes;

    /// <summary>Why a value of <paramref name="type"/> cannot travel (the first problem), or null when it can.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The offending type, its member path inside <paramref name="type"/> ("" for the type itself) and the reason.</returns>
    public TravelFailure? Check(ITypeSymbol type)
    {
        int before = _failures.Count;
        Visit(type, "");
        return _failures.Count > before ? _failures[before] : null;
    }

    /// <summary>Walks <paramref name="type"/>, its elements and members; records its nodes, or its failures.</summary>
    /// <param name="type">The type.</param>
    /// <param name="path">The path of the type in messages (<c>p</c>, or "" for the analyzers).</param>
    /// <returns>Whether it can travel.</returns>
    public bool Visit(ITypeSymbol type, string path)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (type.TypeKind == TypeKind.Error)
        {
            return false; // the compiler reports it
        }

        switch (type)
        {
            case ITypeParameterSymbol:
                return Fail(type, path, "it is a type parameter; use a concrete type");
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return Fail(type, path, "pointers cannot travel to another process");
            case IDynamicTypeSymbol:
                return Fail(type, path, "a dynamic value has no static type the generator can marshal; use a concrete type");
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        if (type.IsRefLikeType)
        {
            return Fail(type, path, "a ref struct (such as Span<T>) cannot be stored in a message; use an array");
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } declaring && FindDeclaredMarshaller(declaring) is { } declared)
        {
            return VisitDeclared(declaring, declared.Declared, declared.AssemblyLevel, path); // before the built-in rules: the user's choice wins
        }

        if (IsMemoryPackable(type))
        {
            return VisitMemoryPackable((INamedTypeSymbol)type, path);
        }

        if (type.IsUnmanagedType)
        {
            return true; // copied as raw bytes by the built-in marshaller
        }

        if (type is IArrayTypeSymbol array)
        {
            return VisitArray(array, path);
        }

        if (type is not INamedTypeSymbol named)
        {
            return Fail(type, path, "this kind of type is not supported");
        }

        if (named.TypeKind == TypeKind.Interface && TravelKnownTypes.Is(named, Known.Logger))
        {
            // Multiprocessing.Hosting registers its marshaller with [assembly: ProcessMarshaller], found above when referenced.
            return Fail(type, path, "an ILogger<T> travels only with the Multiprocessing.Hosting package, whose marshaller forwards the child's log entries to the parent's logger; reference that package, or write to the console");
        }

        if (IsHandle(named))
        {
            return VisitHandle(named, path);
        }

        if (named.IsGenericType && Known.Collections.TryGetValue(named.OriginalDefinition, out var collection))
        {
            return VisitCollection(collection, named, path);
        }

        switch (named.TypeKind)
        {
            case TypeKind.Interface:
                return Fail(type, path, "it is an interface, and no type names travel on the wire, so the receiver cannot know which class to create; use a concrete type (T[], List<T>, IReadOnlyList<T>, Dictionary<TKey, TValue>, a record)");
            case TypeKind.Delegate:
                return Fail(type, path, "a delegate (code and the objects it captured) cannot travel to another process; pass data and call a [ProcessTarget] method instead");
        }

        if (named.SpecialType == SpecialType.System_Object)
        {
            return Fail(type, path, "'object' says nothing about what to create on the other side (no type names travel on the wire); use a concrete type");
        }

        if (named.IsTupleType)
        {
            return VisitTuple(named, path);
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            if (!Visit(named.TypeArguments[0], path))
            {
                return false;
            }

            Add(new TravelNode(TravelKind.Nullable, type, ImmutableArray.Create(named.TypeArguments[0])));
            return true;
        }

        if (Known.IsBuiltIn(named))
        {
            return true; // the runtime marshals it itself
        }

        if (Known.Sdk is not null && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, Known.Sdk))
        {
            return Fail(type, path, "this SDK type belongs to this process; of the SDK's types only handles travel (locks, events, semaphores, conditions, barriers, queues, pipe connections, SharedValue<T>, SharedArray<T>, SharedMemoryBlock, manager proxies): pass one of those, or data");
        }

        if (IsFrameworkType(named))
        {
            return Fail(type, path, FrameworkReason(named));
        }

        if (!_compilation.IsSymbolAccessibleWithin(named, _compilation.Assembly))
        {
            return Fail(type, path, "it is not accessible from generated code (a private or protected nested type); make it internal or public");
        }

        var derived = Known.DerivedTypes(named);
        if (derived.Count > 0)
        {
            return VisitUnion(named, derived, path);
        }

        if (named.IsAbstract)
        {
            return Fail(type, path, "it is abstract and no class in this compilation derives from it, so the receiver cannot know which class to create; use a concrete type, or declare the derived classes in this project");
        }

        return VisitObject(named, path);
    }

    private bool VisitArray(IArrayTypeSymbol array, string path)
    {
        if (!array.IsSZArray)
        {
            return Fail(array, path, "multi-dimensional arrays are not supported; use a jagged array (T[][]) or a flat T[]");
        }

        var element = array.ElementType;
        if (element.IsUnmanagedType && FindDeclaredMarshaller(element as INamedTypeSymbol) is null)
        {
            if (element.SpecialType != SpecialType.System_Byte)
            {
                Add(new TravelNode(TravelKind.UnmanagedArray, array, ImmutableArray.Create(element)));
            }

            return true;
        }

        if (!Visit(element, path + "[]"))
        {
            return false;
        }

        Add(new TravelNode(TravelKind.Array, array, ImmutableArray.Create(element)));
        return true;
    }

    private bool VisitCollection(TravelKind kind, INamedTypeSymbol type, string path)
    {
        bool ok = true;
        switch (kind)
        {
            case TravelKind.Memory or TravelKind.ReadOnlyMemory:
                if (!type.TypeArguments[0].IsUnmanagedType)
                {
                    return Fail(type, path, "only a Memory<T> or ReadOnlyMemory<T> of an unmanaged T (bytes, numbers, unmanaged structs) travels, as its raw bytes; use an array or a List<T>");
                }

                break;
            case TravelKind.Dictionary or TravelKind.ReadOnlyDictionary or TravelKind.ImmutableDictionary:
                ok &= Visit(type.TypeArguments[0], path + ".Key");
                ok &= Visit(type.TypeArguments[1], path + ".Value");
                break;
            default:
                ok &= Visit(type.TypeArguments[0], path + "[]");
                break;
        }

        if (ok)
        {
            Add(new TravelNode(kind, type, type.TypeArguments));
        }

        return ok;
    }

    private bool VisitTuple(INamedTypeSymbol tuple, string path)
    {
        var elements = tuple.TupleElements.Select(e => e.Type).ToImmutableArray();
        if (elements.Length > 7)
        {
            return Fail(tuple, path, "tuples of more than 7 elements are not supported; use a record");
        }

        bool ok = true;
        for (int i = 0; i < elements.Length; i++)
        {
            ok &= Visit(elements[i], path + ".Item" + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (ok)
        {
            Add(new TravelNode(TravelKind.ValueTuple, tuple, elements));
        }

        return ok;
    }

    private bool VisitUnion(INamedTypeSymbol type, IReadOnlyList<INamedTypeSymbol> derived, string path)
    {
        if (_unions.Contains(type) || !_visitingUnions.Add(type))
        {
            return true; // known, or a cycle (a tree of shapes): the marshaller refers to itself at run time
        }

        try
        {
            var cases = ImmutableArray.CreateBuilder<ITypeSymbol>();
            bool ok = true;
            if (!type.IsAbstract)
            {
                cases.Add(type);
                ok &= VisitObject(type, path);
            }

            foreach (var subtype in derived)
            {
                string casePath = path + "(" + subtype.Name + ")";
                if (!_compilation.IsSymbolAccessibleWithin(subtype, _compilation.Assembly))
                {
                    ok &= Fail(subtype, casePath, "it derives from " + type.Name + " but is not accessible from generated code (a private or protected nested type), so a " + type.Name + " value of this class could not travel; make it internal or public");
                    continue;
                }

                cases.Add(subtype);
                ok &= VisitObject(subtype, casePath);
            }

            if (ok)
            {
                _unions.Add(type);
                Add(new TravelNode(TravelKind.Union, type, cases.ToImmutable()));
            }

            return ok;
        }
        finally
        {
            _visitingUnions.Remove(type);
        }
    }

    private bool VisitObject(INamedTypeSymbol type, string path)
    {
        if (_done.Contains(type) || !_visiting.Add(type))
        {
            return true; // known, or a cycle (a linked structure): the marshaller refers to itself at run time
        }

        try
        {
            var members = ImmutableArray.CreateBuilder<TravelMember>();
            bool ok = true;
            var names = new HashSet<string>(StringComparer.Ordinal);
            var primary = FindPrimaryConstructor(type);
            if (primary is not null)
            {
                if (!_compilation.IsSymbolAccessibleWithin(primary, _compilation.Assembly))
                {
                    return Fail(type, path, "its primary constructor is not accessible from generated code; make it internal or public");
                }

                foreach (var parameter in primary.Parameters)
                {
                    string memberPath = path + "." + parameter.Name;
                    var source = FindReadableMember(type, parameter.Name);
                    if (source is null)
                    {
                        ok &= Fail(parameter.Type, memberPath, "primary constructor parameter '" + parameter.Name + "' has no public property or field of the same name to read it from");
                        continue;
                    }

                    var sourceType = MemberType(source);
                    if (!SymbolEqualityComparer.Default.Equals(sourceType.WithNullableAnnotation(NullableAnnotation.None), parameter.Type.WithNullableAnnotation(NullableAnnotation.None)))
                    {
                        ok &= Fail(parameter.Type, memberPath, "primary constructor parameter '" + parameter.Name + "' and member '" + source.Name + "' have different types");
                        continue;
                    }

                    names.Add(source.Name);
                    if (Visit(parameter.Type, memberPath))
                    {
                        members.Add(new TravelMember(source.Name, sourceType, parameter.Type, parameter.Name));
                    }
                    else
                    {
                        ok = false;
                    }
                }
            }
            else if (type.TypeKind == TypeKind.Class && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly)))
            {
                return Fail(type, path, "it has neither an accessible parameterless constructor nor a primary constructor, so the receiver cannot create it; add one, or make it a positional record");
            }

            foreach (var member in AllMembers(type))
            {
                if (!names.Add(member.Name))
                {
                    continue;
                }

                string memberPath = path + "." + member.Name;
                ITypeSymbol memberType;
                switch (member)
                {
                    case IFieldSymbol field:
                        if (field.IsReadOnly)
                        {
                            if (primary is not null)
                            {
                                continue; // computed from the constructor's parameters
                            }

                            ok &= Fail(field.Type, memberPath, "it is a public readonly field, which the receiver cannot set; make it settable or use a positional record");
                            continue;
                        }

                        memberType = field.Type;
                        break;
                    case IPropertySymbol property:
                        if (property.SetMethod is null)
                        {
                            if (primary is null && IsAutoProperty(property))
                            {
                                ok &= Fail(property.Type, memberPath, "it is a get-only property, which the receiver cannot set; add an 'init' accessor or use a positional record");
                            }

                            continue; // computed: nothing to copy
                        }

                        if (!_compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly))
                        {
                            ok &= Fail(property.Type, memberPath, "its setter is not accessible from generated code; make it public or internal (or 'init'), or use a positional record");
                            continue;
                        }

                        memberType = property.Type;
                        break;
                    default:
                        continue;
                }

                if (Visit(memberType, memberPath))
                {
                    members.Add(new TravelMember(member.Name, memberType, memberType, null));
                }
                else
                {
                    ok = false;
                }
            }

            if (members.Count > 254)
            {
                return Fail(type, path, "it has more than 254 members to marshal; group some of them in a record");
            }

            if (ok)
            {
                _done.Add(type);
                Add(new TravelNode(TravelKind.Object, type, ImmutableArray<ITypeSymbol>.Empty)
                {
                    Members = members.ToImmutable(),
                    UsesConstructor = primary is not null,
                    CheckExactType = type.IsReferenceType && !type.IsSealed,
                    IsUnionCase = Known.DerivedTypes(type).Count > 0,
                });
            }

            return ok;
        }
        finally
        {
            _visiting.Remove(type);
        }
    }

}
