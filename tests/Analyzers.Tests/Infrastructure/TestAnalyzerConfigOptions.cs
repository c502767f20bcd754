using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Multiprocessing.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer-config options from a dictionary (e.g. <c>build_property.PublishAot = true</c>).</summary>
internal sealed class TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    /// <summary>No options at all.</summary>
    public static readonly TestAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}
