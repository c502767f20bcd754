namespace Multiprocessing.Generators.Model
{
    /// <summary>What the parser found for one ChildProcess subclass.</summary>
    /// <param name="Class">The class, or null when it has errors (or is not a ChildProcess subclass).</param>
    /// <param name="Types">The types its fields need marshallers for.</param>
    /// <param name="Diagnostics">Its errors.</param>
    internal sealed record ProcessClassResult(ProcessClassModel? Class, EquatableArray<MarshalTypeModel> Types, EquatableArray<DiagnosticInfo> Diagnostics);
}
