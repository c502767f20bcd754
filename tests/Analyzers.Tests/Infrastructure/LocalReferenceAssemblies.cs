using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>
/// The reference assemblies of the test compilations, taken from the targeting pack of the installed .NET SDK
/// (<c>packs/Microsoft.NETCore.App.Ref/10.0.x/ref/net10.0</c>) plus the SDK's own Multiprocessing.dll: the harness is
/// never asked to download a reference-assembly package.
/// </summary>
internal static class LocalReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(LoadFramework);

    private static readonly Lazy<MetadataReference> s_sdk = new(() =>
        MetadataReference.CreateFromFile(typeof(global::Multiprocessing.ChildProcess).Assembly.Location));

    /// <summary>
    /// A <see cref="ReferenceAssemblies"/> with no package to resolve (so nothing is downloaded): the framework comes
    /// in through <see cref="Framework"/>, added to each test's state.
    /// </summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>Every reference assembly of the installed Microsoft.NETCore.App targeting pack.</summary>
    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

    /// <summary>The runtime assembly (Multiprocessing.dll) the analyzers look for.</summary>
    public static MetadataReference Sdk => s_sdk.Value;

    /// <summary>Adds the framework and, unless <paramref name="withSdk"/> is false, the SDK to <paramref name="state"/>.</summary>
    public static void AddTo(SolutionState state, bool withSdk = true)
    {
        state.AdditionalReferences.AddRange(Framework);
        if (withSdk)
        {
            state.AdditionalReferences.Add(Sdk);
        }
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = FindTargetingPack();
        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    // The running runtime is <root>/shared/Microsoft.NETCore.App/<version>/; its targeting pack is
    // <root>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/ (the newest of that major.minor).
    private static string FindTargetingPack()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var roots = new List<string>();
        if (Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..")) is var fromRuntime)
        {
            roots.Add(fromRuntime);
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot)
        {
            roots.Add(dotnetRoot);
        }

        roots.Add("/usr/share/dotnet");
        roots.Add("/usr/lib/dotnet");
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var prefix = $"{Environment.Version.Major}.{Environment.Version.Minor}.";
        foreach (var root in roots)
        {
            var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                continue;
            }

            var newest = Directory.GetDirectories(packs)
                .Where(d => Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal))
                .Select(d => Path.Combine(d, "ref", framework))
                .Where(Directory.Exists)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))!).Split('-')[0], out var v) ? v : new Version(0, 0))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        throw new InvalidOperationException(
            $"No Microsoft.NETCore.App.Ref targeting pack for {framework} under {string.Join(", ", roots)}: the analyzer tests compile against the installed SDK's reference assemblies; install the .NET {Environment.Version.Major} SDK.");
    }
}
