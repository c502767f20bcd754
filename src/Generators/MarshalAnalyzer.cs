using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Multiprocessing.Generators.Model;

namespace Multiprocessing.Generators
{
    /// <summary>
    /// Walks a type (and its elements and members) and collects the marshallers it needs, or reports MP0102 with
    /// the member path and the reason it cannot travel. Part of the parser: it runs inside the transform.
    /// </summary>
    internal sealed class MarshalAnalyzer
    {
        private readonly Compilation _compilation;
        private readonly IAssemblySymbol? _sdk;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        /// <summary>The hosting package's marshaller for <c>ILogger&lt;T&gt;</c> arguments.</summary>
        internal const string LoggerMarshallerName = "Multiprocessing.Hosting.LoggerMarshaller`1";

        /// <summary>The attribute that names a type's hand-written marshaller.</summary>
        internal const string ProcessMarshallerAttributeName = "Multiprocessing.Marshalling.ProcessMarshallerAttribute";

        private readonly Dictionary<string, MarshalTypeModel> _types = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public MarshalAnalyzer(Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _sdk = compilation.GetTypeByMetadataName(Parser.ProcessTargetAttributeName)?.ContainingAssembly;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The types that need a registration, sorted by name.</summary>
        public IEnumerable<MarshalTypeModel> Types => _types.Values.OrderBy(t => t.TypeName, StringComparer.Ordinal);

        /// <summary>Checks that <paramref name="type"/> can be marshalled; reports MP0102 at <paramref name="location"/> when not.</summary>
        /// <param name="type">The type.</param>
        /// <param name="path">The member path for the message (<c>p.Address.Street</c>).</param>
        /// <param name="location">Where the user's code mentions the outermost type.</param>
        /// <returns>Whether the type can be marshalled.</returns>
        public bool Visit(ITypeSymbol type, string path, Location location)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (type.TypeKind == TypeKind.Error)
            {
                return false; // the compiler reports it
            }

            switch (type)
            {
                case ITypeParameterSymbol:
                    return Fail(type, path, location, "it is a type parameter; use a concrete type");
                case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                    return Fail(type, path, location, "pointers cannot travel to another process");
                case IDynamicTypeSymbol:
                    return Fail(type, path, location, "a dynamic value has no static type the generator can marshal; use a concrete type");
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return true;
            }

            if (type.IsRefLikeType)
            {
                return Fail(type, path, location, "a ref struct (such as Span<T>) cannot be stored in a message; use an array");
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } declaring && FindDeclaredMarshaller(declaring) is { } declared)
            {
                return VisitDeclared(declaring, declared, path, location); // before the built-in rules: the user's choice wins
            }

            if (type.IsUnmanagedType)
            {
                return true; // copied as raw bytes by the built-in marshaller
            }

            if (IsMemoryPackable(type))
            {
                AddMemoryPackable((INamedTypeSymbol)type);
                return true; // MemoryPack's format, chosen by the user's [MemoryPackable]; members not walked
            }

            if (type is IArrayTypeSymbol array)
            {
                if (!array.IsSZArray)
                {
                    return Fail(type, path, location, "multi-dimensional arrays are not supported; use a jagged array (T[][]) or a flat T[]");
                }

                var element = array.ElementType;
                if (element.IsUnmanagedType)
                {
                    if (element.SpecialType != SpecialType.System_Byte)
                    {
                        Add(MarshalKind.UnmanagedArray, type, element);
                    }

                    return true;
                }

                if (!Visit(element, path + "[]", location))
                {
                    return false;
                }

                Add(MarshalKind.Array, type, element);
                return true;
            }

            if (type is not INamedTypeSymbol named)
            {
                return Fail(type, path, location, "this kind of type is not supported");
            }

            if (named.TypeKind == TypeKind.Interface && named.IsGenericType &&
                named.OriginalDefinition.ToDisplayString() == "Microsoft.Extensions.Logging.ILogger<TCategoryName>")
            {
                if (_compilation.GetTypeByMetadataName(LoggerMarshallerName) is null)
                {
                    return Fail(type, path, location, "an ILogger<T> travels only with the Multiprocessing.Hosting package, whose marshaller forwards the child's log entries to the parent's logger; reference that package, or write to the console");
                }

                Add(MarshalKind.Logger, type, named.TypeArguments[0]);
                return true;
            }

            switch (named.TypeKind)
            {
                case TypeKind.Interface:
                    return Fail(type, path, location, "it is an interface, and no type names travel on the wire, so the receiver cannot know which class to create; use a concrete type (T[], List<T>, Dictionary<TKey, TValue>, a record)");
                case TypeKind.Delegate:
                    return Fail(type, path, location, "a delegate cannot travel to another process; pass data and call a [ProcessTarget] method instead");
            }

            if (named.SpecialType == SpecialType.System_Object)
            {
                return Fail(type, path, location, "'object' says nothing about what to create on the other side (no type names travel on the wire); use a concrete type");
            }

            if (named.IsTupleType || (named.ContainingNamespace?.ToDisplayString() == "System" && named.Name == "ValueTuple" && named.TypeArguments.Length > 0))
            {
                var elements = named.IsTupleType ? named.TupleElements.Select(e => e.Type).ToList() : named.TypeArguments.ToList();
                if (elements.Count > 7)
                {
                    return Fail(type, path, location, "tuples of more than 7 elements are not supported; use a record");
                }

                bool ok = true;
                for (int i = 0; i < elements.Count; i++)
                {
                    ok &= Visit(elements[i], path + ".Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), location);
                }

                if (ok)
                {
                    Add(MarshalKind.ValueTuple, type, elements.ToArray());
                }

                return ok;
            }

            var definition = named.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Nullable_T)
            {
                if (!Visit(named.TypeArguments[0], path, location))
                {
                    return false;
                }

                Add(MarshalKind.Nullable, type, named.TypeArguments[0]);
                return true;
            }

            switch (definition.ToDisplayString())
            {
                case "System.Collections.Generic.List<T>":
                    return VisitCollection(MarshalKind.List, named, path, location);
                case "System.Collections.Generic.HashSet<T>":
                    return VisitCollection(MarshalKind.HashSet, named, path, location);
                case "System.Collections.Generic.Dictionary<TKey, TValue>":
                    return VisitCollection(MarshalKind.Dictionary, named, path, location);
            }

            if (_sdk is not null && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _sdk) && named.IsGenericType)
            {
                switch (named.OriginalDefinition.ToDisplayString())
                {
                    case "Multiprocessing.SharedArray<T>":
                        Add(MarshalKind.SharedArray, type, named.TypeArguments[0]);
                        return true;
                    case "Multiprocessing.SharedValue<T>":
                        Add(MarshalKind.SharedValue, type, named.TypeArguments[0]);
                        return true;
                }
            }

            if (_sdk is not null && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _sdk))
            {
                return true; // SDK types (queues, pipes, locks, shared values) bring their own marshallers
            }

            if (IsFrameworkType(named))
            {
                return Fail(type, path, location, "the SDK has no marshaller for this framework type; use primitives, strings, enums, arrays, List<T>, Dictionary<TKey, TValue>, HashSet<T>, tuples or your own records");
            }

            if (named.IsAbstract)
            {
                return Fail(type, path, location, "it is abstract, and no type names travel on the wire, so the receiver cannot know which class to create; use a concrete (sealed) type");
            }

            if (!_compilation.IsSymbolAccessibleWithin(named, _compilation.Assembly))
            {
                return Fail(type, path, location, "it is not accessible from generated code (a private or protected nested type); make it internal or public");
            }

            return VisitObject(named, path, location);
        }

        private bool VisitCollection(MarshalKind kind, INamedTypeSymbol type, string path, Location location)
        {
            bool ok = true;
            if (kind == MarshalKind.Dictionary)
            {
                ok &= Visit(type.TypeArguments[0], path + ".Key", location);
                ok &= Visit(type.TypeArguments[1], path + ".Value", location);
            }
            else
            {
                ok &= Visit(type.TypeArguments[0], path + "[]", location);
            }

            if (ok)
            {
                Add(kind, type, type.TypeArguments.ToArray());
            }

            return ok;
        }

        private bool VisitObject(INamedTypeSymbol type, string path, Location location)
        {
            string key = TypeNames.FullName(type, annotate: false);
            if (_types.ContainsKey(key) || !_visiting.Add(key))
            {
                return true; // known, or a cycle (a linked structure): the marshaller refers to itself at run time
            }

            try
            {
                var members = new List<MemberModel>();
                bool ok = true;
                var names = new HashSet<string>(StringComparer.Ordinal);
                var primary = FindPrimaryConstructor(type);
                if (primary is not null)
                {
                    if (!_compilation.IsSymbolAccessibleWithin(primary, _compilation.Assembly))
                    {
                        return Fail(type, path, location, "its primary constructor is not accessible from generated code; make it internal or public");
                    }

                    foreach (var parameter in primary.Parameters)
                    {
                        string memberPath = path + "." + parameter.Name;
                        var source = FindReadableMember(type, parameter.Name);
                        if (source is null)
                        {
                            ok &= Fail(parameter.Type, memberPath, location, "primary constructor parameter '" + parameter.Name + "' has no public property or field of the same name to read it from");
                            continue;
                        }

                        var sourceType = MemberType(source);
                        if (!SymbolEqualityComparer.Default.Equals(sourceType.WithNullableAnnotation(NullableAnnotation.None), parameter.Type.WithNullableAnnotation(NullableAnnotation.None)))
                        {
                            ok &= Fail(parameter.Type, memberPath, location, "primary constructor parameter '" + parameter.Name + "' and member '" + source.Name + "' have different types");
                            continue;
                        }

                        names.Add(source.Name);
                        if (Visit(parameter.Type, memberPath, location))
                        {
                            members.Add(new MemberModel(
                                TypeNames.Escape(source.Name),
                                TypeNames.FullName(sourceType, annotate: true),
                                TypeNames.FullName(parameter.Type, annotate: true),
                                TypeNames.Escape(parameter.Name)));
                        }
                        else
                        {
                            ok = false;
                        }
                    }
                }
                else if (type.TypeKind == TypeKind.Class && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly)))
                {
                    return Fail(type, path, location, "it has neither an accessible parameterless constructor nor a primary constructor, so the receiver cannot create it; add one, or make it a positional record");
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

                                ok &= Fail(field.Type, memberPath, location, "it is a public readonly field, which the receiver cannot set; make it settable or use a positional record");
                                continue;
                            }

                            memberType = field.Type;
                            break;
                        case IPropertySymbol property:
                            if (property.SetMethod is null)
                            {
                                if (primary is null && IsAutoProperty(property))
                                {
                                    ok &= Fail(property.Type, memberPath, location, "it is a get-only property, which the receiver cannot set; add an 'init' accessor or use a positional record");
                                }

                                continue; // computed: nothing to copy
                            }

                            if (!_compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly))
                            {
                                ok &= Fail(property.Type, memberPath, location, "its setter is not accessible from generated code; make it public or internal (or 'init'), or use a positional record");
                                continue;
                            }

                            memberType = property.Type;
                            break;
                        default:
                            continue;
                    }

                    if (Visit(memberType, memberPath, location))
                    {
                        string typeName = TypeNames.FullName(memberType, annotate: true);
                        members.Add(new MemberModel(TypeNames.Escape(member.Name), typeName, typeName, null));
                    }
                    else
                    {
                        ok = false;
                    }
                }

                if (members.Count > 254)
                {
                    return Fail(type, path, location, "it has more than 254 members to marshal");
                }

                if (ok)
                {
                    _types[key] = new MarshalTypeModel(
                        MarshalKind.Object,
                        key,
                        type.IsReferenceType,
                        EquatableArray<string>.Empty,
                        TypeNames.Display(type),
                        members.ToEquatableArray(),
                        primary is not null);
                }

                return ok;
            }
            finally
            {
                _visiting.Remove(key);
            }
        }

        /// <summary>The attribute that makes a type travel in MemoryPack's format (when MemoryPack is referenced).</summary>
        internal const string MemoryPackableAttributeName = "MemoryPack.MemoryPackableAttribute";

        /// <summary>The serializer the generated MemoryPack marshallers call.</summary>
        internal const string MemoryPackSerializerName = "MemoryPack.MemoryPackSerializer";

        /// <summary>
        /// Whether <paramref name="type"/> is a class, struct, record or interface marked <c>[MemoryPackable]</c> in a
        /// compilation that references MemoryPack's serializer: such a type travels in MemoryPack's format (its
        /// version-tolerant, circular-reference and union modes included), and its members are not walked.
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
                _memoryPackable = _compilation.GetTypeByMetadataName(MemoryPackSerializerName) is null
                    ? null
                    : _compilation.GetTypeByMetadataName(MemoryPackableAttributeName);
            }

            if (_memoryPackable is null)
            {
                return false;
            }

            foreach (var attribute in named.OriginalDefinition.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _memoryPackable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Registers a MemoryPack marshaller for <paramref name="type"/> and for every <c>[MemoryPackable]</c> type inside it
        /// (members, elements, type arguments), each of which registers its MemoryPack formatter without reflection: under
        /// NativeAOT, MemoryPack's reflection lookup of a nested type's formatter fails.
        /// </summary>
        private void AddMemoryPackable(INamedTypeSymbol type)
        {
            var pending = new Stack<ITypeSymbol>();
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            pending.Push(type);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!seen.Add(current))
                {
                    continue;
                }

                switch (current)
                {
                    case IArrayTypeSymbol array:
                        pending.Push(array.ElementType);
                        continue;
                    case not INamedTypeSymbol:
                        continue;
                }

                var named = (INamedTypeSymbol)current;
                foreach (var argument in named.TypeArguments)
                {
                    pending.Push(argument);
                }

                if (!IsMemoryPackable(named) || !_compilation.IsSymbolAccessibleWithin(named, _compilation.Assembly))
                {
                    continue;
                }

                string key = TypeNames.FullName(named, annotate: false);
                if (!_types.ContainsKey(key))
                {
                    _types[key] = new MarshalTypeModel(
                        MarshalKind.MemoryPack,
                        key,
                        named.IsReferenceType,
                        EquatableArray<string>.Empty,
                        TypeNames.Display(named),
                        EquatableArray<MemberModel>.Empty,
                        false,
                        RegistersFormatter: named.TypeKind != TypeKind.Interface);
                }

                for (var declaring = named; declaring is not null && declaring.SpecialType != SpecialType.System_Object; declaring = declaring.BaseType)
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

        private INamedTypeSymbol? _memoryPackable;
        private bool _memoryPackLookedUp;

        private void Add(MarshalKind kind, ITypeSymbol type, params ITypeSymbol[] arguments)
        {
            string key = TypeNames.FullName(type, annotate: false);
            if (_types.ContainsKey(key))
            {
                return;
            }

            _types[key] = new MarshalTypeModel(
                kind,
                key,
                type.IsReferenceType,
                arguments.Select(a => TypeNames.FullName(a, annotate: false)).ToEquatableArray(),
                TypeNames.Display(type),
                EquatableArray<MemberModel>.Empty,
                false);
        }

        /// <summary>The marshaller that <c>[ProcessMarshaller(typeof(...))]</c> names on the type's definition, if any.</summary>
        private static INamedTypeSymbol? FindDeclaredMarshaller(INamedTypeSymbol type)
        {
            foreach (var attribute in type.OriginalDefinition.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == ProcessMarshallerAttributeName &&
                    attribute.ConstructorArguments.Length == 1 &&
                    attribute.ConstructorArguments[0].Value is INamedTypeSymbol marshaller)
                {
                    return marshaller;
                }
            }

            return null;
        }

        private bool VisitDeclared(INamedTypeSymbol type, INamedTypeSymbol marshaller, string path, Location location)
        {
            var arguments = type.IsGenericType ? type.TypeArguments.ToArray() : Array.Empty<ITypeSymbol>();
            if (marshaller.IsUnboundGenericType != (arguments.Length > 0) || marshaller.Arity != arguments.Length)
            {
                return Fail(type, path, location, "its [ProcessMarshaller] names " + TypeNames.Display(marshaller) + ", which does not take the type's " + arguments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " type argument(s)");
            }

            bool ok = true;
            foreach (var argument in arguments)
            {
                ok &= Visit(argument, path + "<" + TypeNames.Display(argument) + ">", location);
            }

            if (!ok)
            {
                return false;
            }

            var closed = arguments.Length > 0 ? marshaller.OriginalDefinition.Construct(arguments) : marshaller;
            string key = TypeNames.FullName(type, annotate: false);
            if (!_types.ContainsKey(key))
            {
                _types[key] = new MarshalTypeModel(
                    MarshalKind.Custom,
                    key,
                    type.IsReferenceType,
                    arguments.Select(a => TypeNames.FullName(a, annotate: false)).ToEquatableArray(),
                    TypeNames.Display(type),
                    EquatableArray<MemberModel>.Empty,
                    false,
                    TypeNames.FullName(closed, annotate: false));
            }

            return true;
        }

        private bool Fail(ITypeSymbol type, string path, Location location, string reason)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotMarshallable, location, path, TypeNames.Display(type), reason));
            return false;
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
}
