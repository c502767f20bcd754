namespace Multiprocessing.Generators.Model
{
    /// <summary>A type that contains a nested ChildProcess subclass, re-opened as partial in the generated file.</summary>
    /// <param name="Keyword">The declaration keyword: class, struct, record, record struct or interface.</param>
    /// <param name="Name">The type name, keyword-escaped.</param>
    internal sealed record ContainingTypeModel(string Keyword, string Name);
}
