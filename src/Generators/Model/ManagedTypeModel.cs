namespace Multiprocessing.Generators.Model
{
    /// <summary>A valid [ManagedType] class, ready to emit.</summary>
    /// <param name="Id">The stable id (the class's full name without <c>global::</c>).</param>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="Namespace">The namespace (keyword-escaped), or empty for the global namespace.</param>
    /// <param name="Name">The class's simple name (keyword-escaped), used in the generated names.</param>
    /// <param name="FullName">The fully qualified class name (<c>global::</c>).</param>
    /// <param name="IsPublic">Whether the class is public (the generated extensions are then public too).</param>
    /// <param name="Constructors">The public constructors, in declaration order.</param>
    /// <param name="Members">The members the proxy exposes, in declaration order (their index is their wire number).</param>
    internal sealed record ManagedTypeModel(
        string Id,
        string HintName,
        string Namespace,
        string Name,
        string FullName,
        bool IsPublic,
        EquatableArray<ManagedConstructorModel> Constructors,
        EquatableArray<ManagedMemberModel> Members);
}
