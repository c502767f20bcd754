namespace Multiprocessing.Generators.Model
{
    /// <summary>A partial ChildProcess subclass, ready to emit.</summary>
    /// <param name="Id">The stable id (the class's full name without <c>global::</c>).</param>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="Namespace">The namespace (keyword-escaped), or empty for the global namespace.</param>
    /// <param name="ContainingTypes">The containing types, outermost first.</param>
    /// <param name="Name">The class name, keyword-escaped.</param>
    /// <param name="FullName">The fully qualified class name (<c>global::</c>).</param>
    /// <param name="IsSealed">Whether the class is sealed (private rehydration constructor).</param>
    /// <param name="IsAbstract">Whether the class is abstract (no registration).</param>
    /// <param name="Fields">The fields that travel, in declaration order.</param>
    internal sealed record ProcessClassModel(
        string Id,
        string HintName,
        string Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Name,
        string FullName,
        bool IsSealed,
        bool IsAbstract,
        EquatableArray<FieldModel> Fields);
}
