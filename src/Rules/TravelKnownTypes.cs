using System.Runtime.CompilerServices;

namespace Multiprocessing.Rules;

/// <summary>
/// The types the travel rules compare with, resolved once per compilation (by metadata name, compared with
/// <see cref="SymbolEqualityComparer"/>), as dotnet/runtime's generators keep their KnownTypeSymbols.
/// </summary>
internal sealed class TravelKnownTypes
{
    /// <summary>The attribute that names a type's hand-written marshaller (on the type, or on the assembly for a type one does not own).</summary>
    public const string ProcessMarshallerAttributeName = "Multiprocessing.Marshalling.ProcessMarshallerAttribute";

    /// <summary>MemoryPack's attribute: a type that carries it travels through MemoryPack (the compilation need not reference MemoryPack).</summary>
    public const string MemoryPackableAttributeName = "MemoryPack.MemoryPackableAttribute";

    /// <summary>The serializer the generated MemoryPack marshallers call.</summary>
    public const string MemoryPackSerializerName = "MemoryPack.MemoryPackSerializer";

    /// <summary>The interface of every type that travels as a handle (the SDK's locks, queues, pipes, shared memory, proxies).</summary>
    public const string ProcessHandleName = "Multiprocessing.Marshalling.IProcessHandle`1";

    /// <summary>The attribute of a class whose instances live in a manager's server (a <c>ManagedObject&lt;T&gt;</c> carries none).</summary>
    public const string ManagedTypeAttributeName = "Multiprocessing.ManagedTypeAttribute";

    /// <summary>The named argument of <c>[ProcessMarshaller]</c> that says whether the type's type arguments travel.</summary>
    public const string TypeArgumentsTravelName = "TypeArgumentsTravel";

    private static readonly ConditionalWeakTable<Compilation, TravelKnownTypes> s_cache = new();

    private readonly Compilation _compilation;
    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? _derived;
    private Dictionary<INamedTypeSymbol, DeclaredMarshaller>? _assemblyMarshallers;

    private TravelKnownTypes(Compilation compilation)
    {
        _compilation = compilation;
        Sdk = compilation.GetTypeByMetadataName("Multiprocessing.ProcessTargetAttribute")?.ContainingAssembly;
        ProcessMarshallerAttribute = compilation.GetTypeByMetadataName(ProcessMarshallerAttributeName);
        // Only where MemoryPack's serializer is referenced too: the generated marshaller calls it (a look-alike attribute
        // of the user's own does not make a type travel).
        MemoryPackableAttribute = compilation.GetTypeByMetadataName(MemoryPackSerializerName) is null
            ? null
            : compilation.GetTypeByMetadataName(MemoryPackableAttributeName);
        Logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger`1");
        ProcessHandle = compilation.GetTypeByMetadataName(ProcessHandleName);
        ManagedTypeAttribute = compilation.GetTypeByMetadataName(ManagedTypeAttributeName);

        var collections = new Dictionary<INamedTypeSymbol, TravelKind>(SymbolEqualityComparer.Default);
        Add(collections, "System.Collections.Generic.List`1", TravelKind.List);
        Add(collections, "System.Collections.Generic.HashSet`1", TravelKind.HashSet);
        Add(collections, "System.Collections.Generic.Dictionary`2", TravelKind.Dictionary);
        Add(collections, "System.Collections.Generic.IReadOnlyList`1", TravelKind.ReadOnlyList);
        Add(collections, "System.Collections.Generic.IReadOnlyCollection`1", TravelKind.ReadOnlyCollection);
        Add(collections, "System.Collections.Generic.IReadOnlySet`1", TravelKind.ReadOnlySet);
        Add(collections, "System.Collections.Generic.IReadOnlyDictionary`2", TravelKind.ReadOnlyDictionary);
        Add(collections, "System.Collections.Immutable.ImmutableArray`1", TravelKind.ImmutableArray);
        Add(collections, "System.Collections.Immutable.ImmutableList`1", TravelKind.ImmutableList);
        Add(collections, "System.Collections.Immutable.ImmutableDictionary`2", TravelKind.ImmutableDictionary);
        Add(collections, "System.Memory`1", TravelKind.Memory);
        Add(collections, "System.ReadOnlyMemory`1", TravelKind.ReadOnlyMemory);
        Collections = collections;

        var builtIn = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in new[] { "System.Uri", "System.Version", "System.Numerics.BigInteger" })
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builtIn.Add(type);
            }
        }

        BuiltIn = builtIn;

        var reasons = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        const string Stream = "an open file or stream belongs to this process (its handle and buffers do not travel); pass the path and open it in the child";
        const string Task = "a task is work running in this process; await it here and pass its result";
        const string Handle = "an OS handle belongs to this process; use the SDK's ProcessLock, ProcessEvent or ProcessSemaphore to synchronize processes";
        const string Token = "a cancellation token works inside one process; signal the child with a ProcessEvent, or call Terminate()";
        const string Connection = "a connection belongs to this process; pass its address and connect in the child";
        AddReason(reasons, "System.IO.Stream", Stream);
        AddReason(reasons, "System.IO.TextReader", Stream);
        AddReason(reasons, "System.IO.TextWriter", Stream);
        AddReason(reasons, "System.IO.FileSystemInfo", Stream);
        AddReason(reasons, "System.Threading.Tasks.Task", Task);
        AddReason(reasons, "System.Threading.Tasks.ValueTask", Task);
        AddReason(reasons, "System.Threading.Tasks.ValueTask`1", Task);
        AddReason(reasons, "System.Threading.Thread", "a thread lives in this process only");
        AddReason(reasons, "System.Runtime.InteropServices.SafeHandle", Handle);
        AddReason(reasons, "System.Threading.WaitHandle", Handle);
        AddReason(reasons, "System.Threading.CancellationToken", Token);
        AddReason(reasons, "System.Threading.CancellationTokenSource", Token);
        AddReason(reasons, "System.Net.Sockets.Socket", Connection);
        AddReason(reasons, "System.Net.Http.HttpClient", Connection);
        FrameworkReasons = reasons;
    }

    /// <summary>The SDK's assembly (of its types only handles travel), when the compilation references it.</summary>
    public IAssemblySymbol? Sdk { get; }

    /// <summary><c>Multiprocessing.Marshalling.ProcessMarshallerAttribute</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessMarshallerAttribute { get; }

    /// <summary><c>MemoryPack.MemoryPackableAttribute</c>, when the compilation references MemoryPack.</summary>
    public INamedTypeSymbol? MemoryPackableAttribute { get; }

    /// <summary><c>Microsoft.Extensions.Logging.ILogger&lt;T&gt;</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? Logger { get; }

    /// <summary><c>Multiprocessing.Marshalling.IProcessHandle&lt;TSelf&gt;</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ProcessHandle { get; }

    /// <summary><c>Multiprocessing.ManagedTypeAttribute</c>, when the compilation can see it.</summary>
    public INamedTypeSymbol? ManagedTypeAttribute { get; }

    /// <summary>The generic collection (and memory) definitions that travel, and how.</summary>
    public IReadOnlyDictionary<INamedTypeSymbol, TravelKind> Collections { get; }

    /// <summary>Framework classes and structs the SDK's runtime marshals itself: <c>Uri</c>, <c>Version</c>, <c>BigInteger</c>.</summary>
    private HashSet<INamedTypeSymbol> BuiltIn { get; }

    /// <summary>Whether the SDK's runtime marshals <paramref name="type"/> itself (<c>Uri</c>, <c>Version</c>, <c>BigInteger</c>).</summary>
    public bool IsBuiltIn(INamedTypeSymbol type) => BuiltIn.Contains(type);

    /// <summary>Framework types (and their derived types) that belong to one process, and what to do instead.</summary>
    public IReadOnlyDictionary<INamedTypeSymbol, string> FrameworkReasons { get; }

    /// <summary>The known types of <paramref name="compilation"/>, resolved on its first use.</summary>
    public static TravelKnownTypes Get(Compilation compilation) => s_cache.GetValue(compilation, static c => new TravelKnownTypes(c));

    /// <summary>Whether <paramref name="type"/> is the definition <paramref name="known"/>.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>
    /// The concrete, non-generic classes declared in this compilation that derive (directly or not) from
    /// <paramref name="type"/>: the closed set of cases a value of <paramref name="type"/> can be. Empty for a generic
    /// or sealed type. Computed for all types once per compilation.
    /// </summary>
    public IReadOnlyList<INamedTypeSymbol> DerivedTypes(INamedTypeSymbol type)
    {
        if (type.IsSealed || type.IsGenericType || type.TypeKind != TypeKind.Class)
        {
            return System.Array.Empty<INamedTypeSymbol>();
        }

        _derived ??= BuildDerived();
        return _derived.TryGetValue(type, out var list) ? list : (IReadOnlyList<INamedTypeSymbol>)System.Array.Empty<INamedTypeSymbol>();
    }

    /// <summary>
    /// The marshaller an assembly-level <c>[assembly: ProcessMarshaller(typeof(T), typeof(M))]</c> names for
    /// <paramref name="definition"/>: this compilation's own first, then those of the referenced assemblies that build
    /// on the SDK (in name order), so that a library can bring the marshaller of a type it does not own to its users
    /// (Multiprocessing.Hosting's <c>ILogger&lt;T&gt;</c>).
    /// </summary>
    public DeclaredMarshaller? AssemblyMarshaller(INamedTypeSymbol definition)
    {
        _assemblyMarshallers ??= BuildAssemblyMarshallers();
        return _assemblyMarshallers.TryGetValue(definition, out var marshaller) ? marshaller : null;
    }

    /// <summary>The marshaller a <c>[ProcessMarshaller]</c> attribute names, and whether the type's type arguments travel with it.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="marshaller">The marshaller's type.</param>
    /// <returns>What the attribute declares.</returns>
    public static DeclaredMarshaller Declared(AttributeData attribute, INamedTypeSymbol marshaller)
    {
        bool argumentsTravel = true;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == TypeArgumentsTravelName && named.Value.Value is bool value)
            {
                argumentsTravel = value;
            }
        }

        return new DeclaredMarshaller(marshaller, argumentsTravel);
    }

    private Dictionary<INamedTypeSymbol, DeclaredMarshaller> BuildAssemblyMarshallers()
    {
        var result = new Dictionary<INamedTypeSymbol, DeclaredMarshaller>(SymbolEqualityComparer.Default);
        if (ProcessMarshallerAttribute is null)
        {
            return result;
        }

        AddAssemblyMarshallers(_compilation.Assembly, result);
        if (Sdk is not null)
        {
            var references = new List<IAssemblySymbol>();
            foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (ReferencesSdk(assembly))
                {
                    references.Add(assembly);
                }
            }

            references.Sort((a, b) => string.CompareOrdinal(a.Identity.Name, b.Identity.Name));
            foreach (var assembly in references)
            {
                AddAssemblyMarshallers(assembly, result);
            }
        }

        return result;
    }

    private bool ReferencesSdk(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == Sdk!.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddAssemblyMarshallers(IAssemblySymbol assembly, Dictionary<INamedTypeSymbol, DeclaredMarshaller> result)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ProcessMarshallerAttribute) &&
                attribute.ConstructorArguments.Length == 2 &&
                attribute.ConstructorArguments[0].Value is INamedTypeSymbol type &&
                attribute.ConstructorArguments[1].Value is INamedTypeSymbol marshaller &&
                !result.ContainsKey(type.OriginalDefinition))
            {
                result.Add(type.OriginalDefinition, Declared(attribute, marshaller));
            }
        }
    }

    private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> BuildDerived()
    {
        var result = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(_compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var member in current.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    stack.Push(nested);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false } type && !IsGeneric(type))
                {
                    for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
                    {
                        if (baseType.IsGenericType)
                        {
                            break; // a generic base has no closed set of cases here
                        }

                        if (!result.TryGetValue(baseType, out var list))
                        {
                            list = new List<INamedTypeSymbol>();
                            result.Add(baseType, list);
                        }

                        list.Add(type);
                    }
                }
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
        }

        return result;
    }

    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(Dictionary<INamedTypeSymbol, TravelKind> map, string metadataName, TravelKind kind)
    {
        if (_compilation.GetTypeByMetadataName(metadataName) is { } type)
        {
            map[type] = kind;
        }
    }

    private void AddReason(Dictionary<INamedTypeSymbol, string> map, string metadataName, string reason)
    {
        if (_compilation.GetTypeByMetadataName(metadataName) is { } type)
        {
            map[type] = reason;
        }
    }
}
