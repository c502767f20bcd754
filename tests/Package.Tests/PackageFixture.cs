using System.IO.Compression;

namespace Multiprocessing.Package.Tests;

/// <summary>Packs the runtime once, from the outputs of this build, into a folder outside the repository.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("mp-package-test-").FullName;
        Feed = Path.Combine(Root, "feed");
        string project = Path.Combine(DotnetCli.Metadata("RepoRoot"), "src", "Sdk", "Sdk.csproj");
        var (exitCode, output) = DotnetCli.Run("dotnet", $"pack \"{project}\" -c {DotnetCli.Metadata("Configuration")} --no-build -o \"{Feed}\"", Root);
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        string hosting = Path.Combine(DotnetCli.Metadata("RepoRoot"), "src", "Hosting", "Hosting.csproj");
        var (hostingExit, hostingOutput) = DotnetCli.Run("dotnet", $"pack \"{hosting}\" -c {DotnetCli.Metadata("Configuration")} --no-build -o \"{Feed}\"", Root);
        Assert.True(hostingExit == 0, "dotnet pack of the hosting package failed:\n" + hostingOutput);
        // The version comes from git (version.json, Nerdbank.GitVersioning): read it off the package that was packed.
        var packed = Directory.GetFiles(Feed, "Multiprocessing.*.nupkg").Select(Path.GetFileName).ToList();
        string runtime = Assert.Single(packed, f => !f!.StartsWith("Multiprocessing.Hosting.", StringComparison.Ordinal))!;
        Version = runtime["Multiprocessing.".Length..^".nupkg".Length];
        HostingPackagePath = Path.Combine(Feed, $"Multiprocessing.Hosting.{Version}.nupkg");
        PackagePath = Path.Combine(Feed, runtime);
        Assert.True(File.Exists(HostingPackagePath), "no hosting package of the same version at " + HostingPackagePath + ":\n" + hostingOutput);
        using var zip = ZipFile.OpenRead(PackagePath);
        Entries = zip.Entries.Select(e => e.FullName).ToArray();
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public string HostingPackagePath { get; }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>A new console project outside the repository that restores Multiprocessing from <see cref="Feed"/> only.</summary>
    public string CreateConsumer(string name, string program)
    {
        string dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Multiprocessing" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        return dir;
    }

    /// <summary>Builds a consumer with its own package cache, so that no stale copy of the package is used.</summary>
    public (int ExitCode, string Output) Build(string consumerDirectory) =>
        DotnetCli.Run("dotnet", "build", consumerDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
