namespace Multiprocessing.Generators.Model
{
    /// <summary>
    /// A target parameter: its (escaped) name and its fully qualified, nullable-annotated type. A
    /// <see cref="System.Threading.CancellationToken"/> parameter (<paramref name="IsCancellationToken"/>) is not
    /// marshalled: the child-side dispatcher passes it the token the parent cancels.
    /// </summary>
    internal sealed record ParameterModel(string Name, string TypeName, bool IsCancellationToken = false);
}
