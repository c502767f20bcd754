using Microsoft.CodeAnalysis;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>The framework assemblies of the running .NET, as references for test compilations.</summary>
internal static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    /// <summary>System.*.dll, mscorlib and netstandard.</summary>
    public static IReadOnlyList<MetadataReference> Framework => s_framework.Value;

    private static readonly Lazy<MetadataReference> s_sdk = new(() =>
        MetadataReference.CreateFromFile(typeof(global::Multiprocessing.ChildProcess).Assembly.Location));

    /// <summary>The framework plus the real runtime assembly (Multiprocessing.dll).</summary>
    public static IEnumerable<MetadataReference> WithSdk => Framework.Append(s_sdk.Value);
}
