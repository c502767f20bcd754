using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generators.Tests;

/// <summary>
/// Every diagnostic of the generator links to its page with an absolute https link, as the analyzers' do: an IDE or a
/// build log opens a relative link ("docs/diagnostics/MP0101.md") against nothing.
/// </summary>
public class HelpLinkTests
{
    // The analyzers' base (src/Analyzers/DiagnosticDescriptors.HelpLinkBase, checked by the analyzers' own tests).
    private const string AnalyzersHelpLinkBase = "https://github.com/multiprocessing-dotnet/multiprocessing/blob/main/docs/diagnostics/";

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in All())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void The_generator_has_descriptors_and_uses_the_analyzers_link_base()
    {
        Assert.NotEmpty(All());
        Assert.Equal(AnalyzersHelpLinkBase, DiagnosticDescriptors.HelpLinkBase);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_has_an_absolute_https_link_to_an_existing_page(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id);
        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri), $"{id}: '{descriptor.HelpLinkUri}' is not absolute");
        Assert.Equal(Uri.UriSchemeHttps, uri!.Scheme);
        Assert.Equal(AnalyzersHelpLinkBase + id + ".md", descriptor.HelpLinkUri);

        var page = Path.Combine(RepoRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}:", File.ReadAllText(page));
    }

    private static List<DiagnosticDescriptor> All() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "docs", "diagnostics")) && Directory.Exists(Path.Combine(dir.FullName, "src", "Generators")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
