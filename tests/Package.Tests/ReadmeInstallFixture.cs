using System.Text.RegularExpressions;

namespace Multiprocessing.Package.Tests;

/// <summary>
/// Follows the README's "Install" section literally, as a new user on a fresh account: its first bash block runs in a
/// clone of the repository, its nuget.config goes into the folder above the apps, its second bash block runs in each
/// app's folder. The text comes from README.md, never a copy of it.
/// </summary>
/// <remarks>
/// The clone holds the working tree as it is now (a commit of it made without touching the repository's index), so
/// the test checks uncommitted changes too, and packs a version no cache has seen. The commands run with HOME set to a
/// fresh folder (the README's ~ and %HOME%) and a fresh NuGet package cache, which falls back to this machine's cache
/// (NUGET_FALLBACK_PACKAGES) so that third-party packages are not downloaded again.
/// </remarks>
public sealed partial class ReadmeInstallFixture : IDisposable
{
    private readonly Lazy<string> _console;
    private readonly Lazy<string> _worker;

    public ReadmeInstallFixture()
    {
        Root = Directory.CreateTempSubdirectory("mp-readme-install-").FullName;
        Home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
        Apps = Directory.CreateDirectory(Path.Combine(Root, "apps")).FullName;
        Clone = Path.Combine(Root, "clone");
        string realCache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Variables = new Dictionary<string, string>
        {
            ["HOME"] = Home,
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["NUGET_FALLBACK_PACKAGES"] = realCache,
        };

        try
        {
            Install(out string addPackages, out string quickstart);
            AddPackages = addPackages;
            Quickstart = quickstart;
        }
        catch
        {
            Dispose();   // xUnit does not dispose a fixture whose constructor threw
            throw;
        }

        _console = new(() => NewApp("console", "ConsoleApp"));
        _worker = new(() => NewApp("worker", "WorkerApp"));
    }

    private void Install(out string addPackages, out string quickstart)
    {
        var install = Readme.FencedBlocks(Readme.Section("Install"));
        Assert.True(install.Select(b => b.Language).SequenceEqual(["bash", "xml", "bash"]),
            "README's Install section should hold three blocks: the pack commands (bash), the nuget.config (xml), the add-package commands (bash); it holds: "
            + string.Join(", ", install.Select(b => b.Language)));
        addPackages = install[2].Code;
        quickstart = Readme.FencedBlocks(Readme.Section("Quickstart")).First(b => b.Language == "csharp").Code;

        var (cloneExit, cloneOutput) = Script("clone", $"""
            idx=$(mktemp)
            cp "$(git rev-parse --git-path index)" "$idx"
            GIT_INDEX_FILE="$idx" git add -A
            tree=$(GIT_INDEX_FILE="$idx" git write-tree)
            rm -f "$idx"
            commit=$(git -c user.name=test -c user.email=test@localhost commit-tree "$tree" -p HEAD -m "the working tree")
            git clone -q . '{Clone}'
            git -C '{Clone}' checkout -q "$commit"
            """, DotnetCli.Metadata("RepoRoot"));
        Assert.True(cloneExit == 0, "cloning the working tree failed:\n" + cloneOutput);

        var (packExit, packOutput) = Script("pack", install[0].Code, Clone, timeoutSeconds: 600);
        Assert.True(packExit == 0, "README's pack commands failed:\n" + packOutput);
        File.WriteAllText(Path.Combine(Apps, "nuget.config"), install[1].Code);
    }

    public string Root { get; }

    public string Home { get; }

    public string Apps { get; }

    public string Clone { get; }

    public string AddPackages { get; }

    public string Quickstart { get; }

    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary><c>dotnet new console</c>, the README's add-package commands, its Quickstart as Program.cs.</summary>
    public string ConsoleApp => _console.Value;

    /// <summary><c>dotnet new worker</c> (the SDK's template pins its own Microsoft.Extensions.Hosting), the same steps.</summary>
    public string WorkerApp => _worker.Value;

    private string NewApp(string template, string name)
    {
        string dir = Path.Combine(Apps, name);
        var (newExit, newOutput) = Dotnet($"new {template} -o \"{dir}\"", Apps);
        Assert.True(newExit == 0, $"dotnet new {template} failed:\n" + newOutput);
        var (addExit, addOutput) = Script("add-" + name, AddPackages, dir);
        Assert.True(addExit == 0, "README's add-package commands failed:\n" + addOutput);
        AssertNoWarning(addOutput, "README's add-package commands");
        File.WriteAllText(Path.Combine(dir, "Program.cs"), Quickstart);
        return dir;
    }

    public (int ExitCode, string Output) Dotnet(string arguments, string workingDirectory) =>
        DotnetCli.Run("dotnet", arguments, workingDirectory, Variables.ToDictionary(), timeoutSeconds: 600);

    /// <summary>Runs README text as a bash script (errexit, nounset, pipefail), as someone pasting it would.</summary>
    public (int ExitCode, string Output) Script(string name, string script, string workingDirectory, int timeoutSeconds = 300)
    {
        string path = Path.Combine(Root, name + ".sh");
        File.WriteAllText(path, "set -euo pipefail\n" + script);
        return DotnetCli.Run("bash", $"\"{path}\"", workingDirectory, Variables.ToDictionary(), timeoutSeconds);
    }

    /// <summary>Any MSBuild, compiler or NuGet warning ("warning CS8012:", "warning NU1605:", NuGet's "warn :").</summary>
    public static void AssertNoWarning(string output, string what)
    {
        var warnings = WarningPattern().Matches(output).Select(m => m.Value.Trim()).Distinct().ToList();
        Assert.True(warnings.Count == 0, $"{what} printed warnings:\n{string.Join("\n", warnings)}\n\nfull output:\n{output}");
    }

    [GeneratedRegex(@"^.*(\bwarning\s*[A-Za-z]*\d*\s*:|\bwarn\s*:).*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex WarningPattern();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
