using System.Text.RegularExpressions;

namespace Multiprocessing.Package.Tests;

/// <summary>The README's sections and fenced code blocks, read from the file itself so that the tests follow its text.</summary>
internal static partial class Readme
{
    internal static string Text => File.ReadAllText(Path.Combine(DotnetCli.Metadata("RepoRoot"), "README.md"));

    /// <summary>The body of the "## <paramref name="heading"/>" section, up to the next second-level heading.</summary>
    internal static string Section(string heading)
    {
        var match = Regex.Match(Text, $@"^## {Regex.Escape(heading)}[ \t]*\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(match.Success, $"README.md has no '## {heading}' section");
        return match.Groups[1].Value;
    }

    /// <summary>The fenced code blocks of a section, in order, with their info strings (bash, xml, csharp).</summary>
    internal static IReadOnlyList<(string Language, string Code)> FencedBlocks(string section) =>
        FencePattern().Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    [GeneratedRegex(@"^```(\w*)[ \t]*\n(.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
