namespace Multiprocessing.Generators.Model
{
    /// <summary>The marshallers one call that creates or reads a manager proxy needs for its type arguments.</summary>
    /// <param name="Types">The types to register.</param>
    /// <param name="Diagnostics">MP0102 for a type argument that cannot travel.</param>
    internal sealed record ProxyUseResult(EquatableArray<MarshalTypeModel> Types, EquatableArray<DiagnosticInfo> Diagnostics);
}
