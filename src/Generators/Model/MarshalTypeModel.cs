using Multiprocessing.Rules;

namespace Multiprocessing.Generators.Model
{
    /// <summary>A type that needs a marshaller registration.</summary>
    /// <param name="Kind">How the type travels: which marshaller it gets.</param>
    /// <param name="TypeName">The fully qualified type, without nullable annotations (the dedup key).</param>
    /// <param name="IsReferenceType">Whether the type is a reference type (registered as <c>T?</c>).</param>
    /// <param name="TypeArguments">The marshaller's type arguments (element, key/value, tuple elements, nullable underlying type; a union's cases).</param>
    /// <param name="DisplayName">The type as the user writes it, for error messages on the wire.</param>
    /// <param name="Members">The members of an object, in wire order.</param>
    /// <param name="UsesConstructor">Whether an object is created through its primary constructor.</param>
    /// <param name="MarshallerTypeName">For <see cref="TravelKind.Custom"/>: the closed, global-qualified marshaller type.</param>
    /// <param name="CheckExactType">For an object of a class that is not sealed: refuse a value of a derived type instead of slicing it.</param>
    /// <param name="IsUnionCase">For an object with derived types: the union registers for the type; this marshaller is one of its cases.</param>
    /// <param name="ReplacesBuiltIn">For <see cref="TravelKind.Custom"/> named by an assembly-level attribute: it replaces a built-in marshaller.</param>
    /// <param name="RegistersFormatter">For <see cref="TravelKind.MemoryPack"/>: whether the marshaller registers MemoryPack's formatter for the type (not for an interface).</param>
    internal sealed record MarshalTypeModel(
        TravelKind Kind,
        string TypeName,
        bool IsReferenceType,
        EquatableArray<string> TypeArguments,
        string DisplayName,
        EquatableArray<MemberModel> Members,
        bool UsesConstructor,
        string? MarshallerTypeName = null,
        bool CheckExactType = false,
        bool IsUnionCase = false,
        bool ReplacesBuiltIn = false,
        bool RegistersFormatter = false);
}
