namespace Multiprocessing.Generators.Model
{
    /// <summary>What the parser found for one [ManagedType] class.</summary>
    /// <param name="Type">The class, or null when it has errors.</param>
    /// <param name="Types">The types its members need marshallers for.</param>
    /// <param name="Diagnostics">Its errors.</param>
    internal sealed record ManagedTypeResult(ManagedTypeModel? Type, EquatableArray<MarshalTypeModel> Types, EquatableArray<DiagnosticInfo> Diagnostics);
}
