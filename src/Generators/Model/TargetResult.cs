namespace Multiprocessing.Generators.Model
{
    /// <summary>What the parser found for one <c>[ProcessTarget]</c> method.</summary>
    /// <param name="Target">The target, or null when it has errors.</param>
    /// <param name="Types">The types its signature needs marshallers for.</param>
    /// <param name="Diagnostics">Its errors.</param>
    internal sealed record TargetResult(TargetModel? Target, EquatableArray<MarshalTypeModel> Types, EquatableArray<DiagnosticInfo> Diagnostics);
}
