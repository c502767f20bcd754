namespace Multiprocessing.Generators.Model
{
    /// <summary>A public member of a [ManagedType] class that the proxy calls on the server.</summary>
    /// <param name="Kind">Method, getter or setter.</param>
    /// <param name="ProxyName">The generated extension method's name (keyword-escaped).</param>
    /// <param name="MemberName">The method or property name on the class (keyword-escaped).</param>
    /// <param name="Parameters">The parameters in order (a setter's is its value).</param>
    /// <param name="ResultTypeName">The fully qualified result type, or null for void.</param>
    /// <param name="Display">The member as the user writes it, for documentation and messages.</param>
    internal sealed record ManagedMemberModel(
        ManagedMemberKind Kind,
        string ProxyName,
        string MemberName,
        EquatableArray<ParameterModel> Parameters,
        string? ResultTypeName,
        string Display);
}
