namespace Multiprocessing.Generators.Model
{
    /// <summary>A field (or auto-property) of a ChildProcess subclass that travels to the child.</summary>
    /// <param name="Name">The field or property name, keyword-escaped.</param>
    /// <param name="TypeName">Its fully qualified, nullable-annotated type.</param>
    internal sealed record FieldModel(string Name, string TypeName);
}
