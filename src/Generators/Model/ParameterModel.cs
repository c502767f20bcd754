namespace Multiprocessing.Generators.Model
{
    /// <summary>A target parameter: its (escaped) name and its fully qualified, nullable-annotated type.</summary>
    internal sealed record ParameterModel(string Name, string TypeName);
}
