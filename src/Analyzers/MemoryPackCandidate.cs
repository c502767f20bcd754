using System;

namespace Multiprocessing.Analyzers;

/// <summary>
/// For a value that cannot travel in the SDK's format (MP0004, MP0102) in a compilation that references MemoryPack: the
/// user's own type that <c>[MemoryPackable]</c> (and <c>partial</c>) would make travel in MemoryPack's format instead,
/// the innermost type declared in source whose member is the one that cannot travel.
/// </summary>
internal static class MemoryPackCandidate
{
    /// <summary>The attribute the fix adds.</summary>
    public const string AttributeName = "MemoryPack.MemoryPackableAttribute";

    /// <summary>Whether <paramref name="compilation"/> references MemoryPack (its attribute and its serializer).</summary>
    public static bool IsReferenced(Compilation compilation) =>
        compilation.GetTypeByMetadataName(AttributeName) is not null
        && compilation.GetTypeByMetadataName("MemoryPack.MemoryPackSerializer") is not null;

    /// <summary>
    /// The type to mark <c>[MemoryPackable]</c> so that a value of <paramref name="root"/> travels, or null when none
    /// would help: MemoryPack is not referenced, <paramref name="root"/> travels already, the part that cannot travel
    /// is not a member of a class, struct or record declared in source, or it is something MemoryPack cannot carry
    /// either (a delegate, a stream, a task, a handle, a pointer, <c>object</c>).
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="root">The type of the value that travels.</param>
    public static INamedTypeSymbol? Find(Compilation compilation, ITypeSymbol root)
    {
        if (!IsReferenced(compilation))
        {
            return null;
        }

        var sdk = compilation.GetTypeByMetadataName("Multiprocessing.ChildProcess")?.ContainingAssembly;
        if (new MarshalRules(compilation, sdk).Check(root) is not { } failure || !MemoryPackCanCarry(failure.Type))
        {
            return null;
        }

        INamedTypeSymbol? owner = null;
        var current = root;
        var path = failure.Path;
        while (path.Length > 0)
        {
            current = Unwrap(current);
            if (path.StartsWith("[]", StringComparison.Ordinal))
            {
                path = path.Substring(2);
                current = current switch
                {
                    IArrayTypeSymbol array => array.ElementType,
                    INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments[0],
                    _ => null,
                };
            }
            else if (path.StartsWith(".", StringComparison.Ordinal))
            {
                int end = path.IndexOfAny(new[] { '.', '[', '<' }, 1);
                string name = end < 0 ? path.Substring(1) : path.Substring(1, end - 1);
                path = end < 0 ? "" : path.Substring(end);
                current = Step(current, name, ref owner);
            }
            else
            {
                return null; // a [ProcessMarshaller] type argument: the user's marshaller, not a member
            }

            if (current is null)
            {
                return null;
            }
        }

        return owner;
    }

    private static ITypeSymbol? Step(ITypeSymbol current, string name, ref INamedTypeSymbol? owner)
    {
        if (current is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.FirstOrDefault(e => e.Name == name || e.CorrespondingTupleField?.Name == name)?.Type;
        }

        if (named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Dictionary<TKey, TValue>")
        {
            return name switch { "Key" => named.TypeArguments[0], "Value" => named.TypeArguments[1], _ => null };
        }

        for (var type = named; type is not null; type = type.BaseType)
        {
            var member = type.GetMembers(name).FirstOrDefault(m => m is IFieldSymbol or IPropertySymbol);
            if (member is null)
            {
                continue;
            }

            owner = named.TypeKind is TypeKind.Class or TypeKind.Struct && !named.IsAbstract && named.DeclaringSyntaxReferences.Length > 0
                ? named
                : null;
            return member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
        }

        // A primary constructor parameter without a member of its name: the owner is this type.
        owner = named.DeclaringSyntaxReferences.Length > 0 ? named : null;
        return null;
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>Whether MemoryPack could carry a member of <paramref name="type"/> (what it refuses too gets no fix).</summary>
    private static bool MemoryPackCanCarry(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol or IPointerTypeSymbol or IFunctionPointerTypeSymbol or IDynamicTypeSymbol
            || type.IsRefLikeType || type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Delegate)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            switch (current.OriginalDefinition.ToDisplayString())
            {
                case "System.IO.Stream":
                case "System.IO.TextReader":
                case "System.IO.TextWriter":
                case "System.IO.FileSystemInfo":
                case "System.Threading.Tasks.Task":
                case "System.Threading.Tasks.ValueTask":
                case "System.Threading.Tasks.ValueTask<TResult>":
                case "System.Threading.Thread":
                case "System.Runtime.InteropServices.SafeHandle":
                case "System.Threading.WaitHandle":
                case "System.Threading.CancellationToken":
                case "System.Threading.CancellationTokenSource":
                case "System.Net.Sockets.Socket":
                case "System.Net.Http.HttpClient":
                    return false;
            }
        }

        return true;
    }
}
