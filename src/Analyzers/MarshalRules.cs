using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Multiprocessing.Analyzers;

/// <summary>
/// Whether a type can be marshalled to a child process, by the rules of the source generator (its MP0102): what it
/// cannot marshal, and why, for the call-site check of MP0004.
/// </summary>
internal sealed class MarshalRules
{
    private readonly Compilation _compilation;
    private readonly IAssemblySymbol? _sdk;
    private readonly HashSet<ITypeSymbol> _visiting = new(SymbolEqualityComparer.Default);

    public MarshalRules(Compilation compilation, IAssemblySymbol? sdk)
    {
        _compilation = compilation;
        _sdk = sdk;
    }

    /// <summary>Why a value of <paramref name="type"/> cannot travel to a child process, or null when it can.</summary>
    /// <returns>The offending type, the member path inside <paramref name="type"/> ("" for the type itself) and the reason.</returns>
    public (ITypeSymbol Type, string Path, string Reason)? Check(ITypeSymbol type) => Visit(type, "");

    private (ITypeSymbol Type, string Path, string Reason)? Visit(ITypeSymbol type, string path)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return null; // the compiler reports it
        }

        switch (type)
        {
            case ITypeParameterSymbol:
                return (type, path, "it is a type parameter; use a concrete type");
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return (type, path, "a pointer only means something inside this process");
            case IDynamicTypeSymbol:
                return (type, path, "a dynamic value has no static type the generator can marshal; use a concrete type");
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type.IsRefLikeType)
        {
            return (type, path, "a ref struct (such as Span<T>) cannot be stored in a message; use an array");
        }

        if (type.IsUnmanagedType)
        {
            return null;
        }

        if (IsMemoryPackable(type))
        {
            return null; // travels in MemoryPack's format (the generator's MarshalKind.MemoryPack); members not walked
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.IsSZArray
                ? Visit(array.ElementType, path + "[]")
                : (type, path, "multi-dimensional arrays are not supported; use a jagged array (T[][]) or a flat T[]");
        }

        if (type is not INamedTypeSymbol named)
        {
            return (type, path, "this kind of type is not supported");
        }

        if (named.TypeKind == TypeKind.Interface && named.IsGenericType &&
            named.OriginalDefinition.ToDisplayString() == "Microsoft.Extensions.Logging.ILogger<TCategoryName>")
        {
            // The hosting package marshals a logger: the child's entries are forwarded to the parent's logger.
            return _compilation.GetTypeByMetadataName("Multiprocessing.Hosting.LoggerMarshaller`1") is not null
                ? null
                : (type, path, "an ILogger<T> travels only with the Multiprocessing.Hosting package, whose marshaller forwards the child's log entries to the parent's logger; reference that package, or write to the console");
        }

        switch (named.TypeKind)
        {
            case TypeKind.Interface:
                return (type, path, "it is an interface, and no type names travel on the wire, so the child cannot know which class to create; use a concrete type (T[], List<T>, Dictionary<TKey, TValue>, a record)");
            case TypeKind.Delegate:
                return (type, path, "a delegate (code and the objects it captured) cannot travel to another process; pass data and call a [ProcessTarget] method instead");
        }

        if (named.SpecialType == SpecialType.System_Object)
        {
            return (type, path, "'object' says nothing about what to create on the other side (no type names travel on the wire); use a concrete type");
        }

        if (named.IsTupleType)
        {
            var elements = named.TupleElements;
            if (elements.Length > 7)
            {
                return (type, path, "tuples of more than 7 elements are not supported; use a record");
            }

            for (var i = 0; i < elements.Length; i++)
            {
                if (Visit(elements[i].Type, path + ".Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } failure)
                {
                    return failure;
                }
            }

            return null;
        }

        var definition = named.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Nullable_T)
        {
            return Visit(named.TypeArguments[0], path);
        }

        switch (definition.ToDisplayString())
        {
            case "System.Collections.Generic.List<T>":
            case "System.Collections.Generic.HashSet<T>":
                return Visit(named.TypeArguments[0], path + "[]");
            case "System.Collections.Generic.Dictionary<TKey, TValue>":
                return Visit(named.TypeArguments[0], path + ".Key") ?? Visit(named.TypeArguments[1], path + ".Value");
        }

        if (HasDeclaredMarshaller(named))
        {
            foreach (var argument in named.TypeArguments)
            {
                if (Visit(argument, path + "<" + argument.ToDisplayString() + ">") is { } failure)
                {
                    return failure;
                }
            }

            return null; // [ProcessMarshaller] names its marshaller
        }

        if (_sdk is not null && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _sdk))
        {
            return null; // SDK handles (queues, pipes, locks, shared values) bring their own marshallers
        }

        if (IsFrameworkType(named))
        {
            return (type, path, FrameworkReason(named));
        }

        if (named.IsAbstract)
        {
            return (type, path, "it is abstract, and no type names travel on the wire, so the child cannot know which class to create; use a concrete (sealed) type");
        }

        return VisitObject(named, path);
    }

    /// <summary>
    /// Whether <paramref name="type"/> is a class, struct, record or interface marked <c>[MemoryPackable]</c> in a
    /// compilation that references MemoryPack's serializer (the generator's rule, MarshalAnalyzer.IsMemoryPackable).
    /// </summary>
    private bool IsMemoryPackable(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named)
        {
            return false;
        }

        if (!_memoryPackLookedUp)
        {
            _memoryPackLookedUp = true;
            _memoryPackable = _compilation.GetTypeByMetadataName("MemoryPack.MemoryPackSerializer") is null
                ? null
                : _compilation.GetTypeByMetadataName("MemoryPack.MemoryPackableAttribute");
        }

        return _memoryPackable is not null
            && named.OriginalDefinition.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _memoryPackable));
    }

    private INamedTypeSymbol? _memoryPackable;
    private bool _memoryPackLookedUp;

    private static bool HasDeclaredMarshaller(INamedTypeSymbol type) =>
        type.OriginalDefinition.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Multiprocessing.Marshalling.ProcessMarshallerAttribute");

    private (ITypeSymbol Type, string Path, string Reason)? VisitObject(INamedTypeSymbol type, string path)
    {
        if (!_visiting.Add(type))
        {
            return null; // a cycle (a linked structure)
        }

        try
        {
            var primary = FindPrimaryConstructor(type);
            if (primary is not null)
            {
                foreach (var parameter in primary.Parameters)
                {
                    if (Visit(parameter.Type, path + "." + parameter.Name) is { } failure)
                    {
                        return failure;
                    }
                }
            }
            else if (type.TypeKind == TypeKind.Class
                && !type.DeclaringSyntaxReferences.IsEmpty
                && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly)))
            {
                return (type, path, "it has neither an accessible parameterless constructor nor a primary constructor, so the child cannot create it; add one, or make it a positional record");
            }

            foreach (var member in PublicMembers(type))
            {
                var memberType = member switch
                {
                    IFieldSymbol { IsReadOnly: false } field => field.Type,
                    IPropertySymbol { SetMethod: not null } property => property.Type,
                    _ => null,
                };
                if (memberType is not null && Visit(memberType, path + "." + member.Name) is { } failure)
                {
                    return failure;
                }
            }

            return null;
        }
        finally
        {
            _visiting.Remove(type);
        }
    }

    private static string FrameworkReason(INamedTypeSymbol type)
    {
        for (var current = (ITypeSymbol?)type; current is not null; current = current.BaseType)
        {
            switch (current.ToDisplayString())
            {
                case "System.IO.Stream":
                case "System.IO.TextReader":
                case "System.IO.TextWriter":
                case "System.IO.FileSystemInfo":
                    return "an open file or stream belongs to this process (its handle and buffers do not travel); pass the path and open it in the child";
                case "System.Threading.Tasks.Task":
                case "System.Threading.Tasks.ValueTask":
                case "System.Threading.Tasks.ValueTask<TResult>":
                    return "a task is work running in this process; await it here and pass its result";
                case "System.Threading.Thread":
                    return "a thread lives in this process only";
                case "System.Runtime.InteropServices.SafeHandle":
                case "System.Threading.WaitHandle":
                    return "an OS handle belongs to this process; use the SDK's ProcessLock, ProcessEvent or ProcessSemaphore to synchronize processes";
                case "System.Threading.CancellationToken":
                case "System.Threading.CancellationTokenSource":
                    return "a cancellation token works inside one process; signal the child with a ProcessEvent, or call Terminate()";
                case "System.Net.Sockets.Socket":
                case "System.Net.Http.HttpClient":
                    return "a connection belongs to this process; pass its address and connect in the child";
            }
        }

        return "the SDK has no marshaller for this framework type; use primitives, strings, enums, arrays, List<T>, Dictionary<TKey, TValue>, HashSet<T>, tuples or your own records";
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

    private static IMethodSymbol? FindPrimaryConstructor(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax { ParameterList: { Parameters.Count: > 0 } parameters })
            {
                var names = parameters.Parameters.Select(p => p.Identifier.ValueText).ToList();
                return type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Select(p => p.Name).SequenceEqual(names));
            }
        }

        return null;
    }

    private static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType is not SpecialType.System_Object and not SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (member is IFieldSymbol { IsConst: false } || member is IPropertySymbol { IsIndexer: false } property && property.Name != "EqualityContract")
                {
                    yield return member;
                }
            }
        }
    }
}
