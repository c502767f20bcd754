using Multiprocessing.Rules;

namespace Multiprocessing.Analyzers;

/// <summary>
/// Whether a type can be marshalled to a child process, for the call-site checks (MP0004): the source generator's own
/// rules (<see cref="TravelRules"/>, one source file compiled into both), so the two cannot disagree.
/// </summary>
internal sealed class MarshalRules
{
    private readonly Compilation _compilation;

    /// <summary>Creates the rules of <paramref name="compilation"/>.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="sdk">The SDK's assembly (unused: the rules resolve it themselves; kept for callers).</param>
    public MarshalRules(Compilation compilation, IAssemblySymbol? sdk = null)
    {
        _ = sdk;
        _compilation = compilation;
    }

    /// <summary>Why a value of <paramref name="type"/> cannot travel to a child process, or null when it can.</summary>
    /// <returns>The offending type, the member path inside <paramref name="type"/> ("" for the type itself) and the reason.</returns>
    public (ITypeSymbol Type, string Path, string Reason)? Check(ITypeSymbol type) =>
        new TravelRules(_compilation).Check(type) is { } failure ? (failure.Type, failure.Path, failure.Reason) : null;
}
