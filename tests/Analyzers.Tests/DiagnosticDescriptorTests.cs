using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

public class DiagnosticDescriptorTests
{
    public static IEnumerable<object[]> Descriptors =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => new object[] { f.Name, (DiagnosticDescriptor)f.GetValue(null)! });

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Analyzers")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_descriptor_is_complete_and_documented(string name, DiagnosticDescriptor descriptor)
    {
        Assert.Matches("^MP[0-9]{4}$", descriptor.Id);
        Assert.Equal("Multiprocessing", descriptor.Category);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith("https://github.com/multiprocessing-dotnet/multiprocessing/blob/main/docs/diagnostics/", descriptor.HelpLinkUri);
        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), name);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), name);

        var root = RepoRoot();
        var page = Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {descriptor.Id}:", text);
        Assert.Contains("## Wrong", text);
        Assert.Contains("## Right", text);
        Assert.Contains("Python", text);

        var unshipped = File.ReadAllText(Path.Combine(root, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{descriptor.Id} | Multiprocessing | {descriptor.DefaultSeverity} |", unshipped);
    }

    [Fact]
    public void Every_analyzer_supports_only_package_descriptors_and_every_descriptor_has_an_analyzer()
    {
        var analyzers = typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        var all = Descriptors.Select(d => (DiagnosticDescriptor)d[1]).ToList();
        Assert.All(supported, d => Assert.Contains(d, all));
        Assert.All(all, d => Assert.Contains(d, supported));
    }

    [Fact]
    public void MP0001_doc_explains_the_Python_pitfall()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics", "MP0001.md"));
        Assert.Contains("if __name__ == '__main__':", text);
        Assert.Contains("RuntimeError", text);
        Assert.Contains("bootstrapping phase", text);
        Assert.Contains("Multiprocess.MainGuard();", text);
    }
}
