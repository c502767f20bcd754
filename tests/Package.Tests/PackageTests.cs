using System.Text.RegularExpressions;

namespace Multiprocessing.Package.Tests;

public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Package_carries_the_runtime_the_generator_the_analyzers_and_the_child_host()
    {
        Assert.Contains("lib/net10.0/Multiprocessing.dll", package.Entries);
        Assert.Contains("lib/net10.0/Multiprocessing.xml", package.Entries);
        Assert.Contains("analyzers/dotnet/cs/Multiprocessing.Generators.dll", package.Entries);
        Assert.Contains("analyzers/dotnet/cs/Multiprocessing.Analyzers.dll", package.Entries);
        Assert.Contains("analyzers/dotnet/cs/Multiprocessing.Analyzers.CodeFixes.dll", package.Entries);
        Assert.Contains("tools/net10.0/Multiprocessing.ChildHost.dll", package.Entries);
        Assert.Contains("build/Multiprocessing.targets", package.Entries);
        Assert.Contains("buildTransitive/Multiprocessing.targets", package.Entries);
        Assert.Contains("README.md", package.Entries);
        Assert.DoesNotContain(package.Entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators"));
    }

    [Fact]
    public void Package_build_files_let_MP0001_see_PublishAot()
    {
        // A NativeAOT app has no child host: the analyzer makes a missing main guard an error when PublishAot is set,
        // and sees the property only if the package's build files expose it. (.ci/run checks the same wiring end to
        // end in the repository; a consumer built here with PublishAot would need the ILCompiler package from nuget.org.)
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.PackagePath);
        foreach (var path in new[] { "build/Multiprocessing.targets", "buildTransitive/Multiprocessing.targets" })
        {
            using var reader = new StreamReader(zip.GetEntry(path)!.Open());
            Assert.Contains("<CompilerVisibleProperty Include=\"PublishAot\" />", reader.ReadToEnd());
        }
    }

    [Fact]
    public void The_hosting_package_packs_and_depends_on_the_runtime_package_of_the_same_version()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.HostingPackagePath);
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Multiprocessing.Hosting.dll");
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var xml = System.Xml.Linq.XDocument.Parse(nuspec.ReadToEnd());
        var dependencies = xml.Descendants().Where(e => e.Name.LocalName == "dependency").ToList();
        var runtime = Assert.Single(dependencies, d => (string?)d.Attribute("id") == "Multiprocessing");
        Assert.Equal(package.Version, (string?)runtime.Attribute("version"));

        // Floors of 10.0.0 on the abstractions, not the full host: an app on any 10.0.x host (the worker template pins
        // one) must restore without a NU1605 downgrade.
        Assert.DoesNotContain(dependencies, d => (string?)d.Attribute("id") == "Microsoft.Extensions.Hosting");
        Assert.Contains(dependencies, d => (string?)d.Attribute("id") == "Microsoft.Extensions.Hosting.Abstractions");
        var extensions = dependencies.Where(d => ((string?)d.Attribute("id"))!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(extensions);
        Assert.All(extensions, d => Assert.Equal("10.0.0", (string?)d.Attribute("version")));
    }

    [Fact]
    public void Package_version_and_assembly_versions_come_from_git()
    {
        // version.json's "0.1" plus the git height: 0.1.N on main, 0.1.N-g<commit> elsewhere (Nerdbank.GitVersioning).
        string json = File.ReadAllText(Path.Combine(DotnetCli.Metadata("RepoRoot"), "version.json"));
        string majorMinor = Regex.Match(json, @"""version""\s*:\s*""(\d+\.\d+)""").Groups[1].Value;
        // A shallow clone (Directory.Build.props) packs 0.1.0-g: no height, no commit.
        var version = Regex.Match(package.Version, @"^(\d+\.\d+)\.(\d+)(?:-g([0-9a-f]*))?$");
        Assert.True(version.Success, "not a git-derived version: " + package.Version);
        Assert.Equal(majorMinor, version.Groups[1].Value);
        bool shallow = package.Version.EndsWith("-g", StringComparison.Ordinal);

        string assembly = Path.Combine(DotnetCli.Metadata("RepoRoot"), "src", "Sdk", "bin", DotnetCli.Metadata("Configuration"), "net10.0", "Multiprocessing.dll");
        var info = System.Diagnostics.FileVersionInfo.GetVersionInfo(assembly);
        string numbers = $"{version.Groups[1].Value}.{version.Groups[2].Value}";
        Assert.StartsWith(numbers, info.ProductVersion);
        if (!shallow)
        {
            Assert.StartsWith(numbers + ".", info.FileVersion);
            Assert.StartsWith(numbers + "+", info.ProductVersion);
        }

        if (version.Groups[3].Value is { Length: > 0 } commit)
        {
            Assert.StartsWith($"{numbers}+{commit}", info.ProductVersion);
        }

        Assert.EndsWith($"Multiprocessing.{package.Version}.nupkg", package.PackagePath);
    }

    [Fact]
    public void Package_has_the_IL_assembly_in_lib_and_the_ReadyToRun_image_only_under_runtimes_linux_x64()
    {
        // An x64 ReadyToRun image in lib/ is what every consumer compiles against: CS8012 in 'dotnet publish -r ...'.
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.PackagePath);
        Assert.False(IsReadyToRun(zip, "lib/net10.0/Multiprocessing.dll"), "lib/ holds a ReadyToRun image");
        var runtimeImages = package.Entries.Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal)).ToList();
        if (DotnetCli.Metadata("Configuration") == "Release")
        {
            // Release builds on a linux-x64 host (this one) precompile the runtime for faster child start-up.
            Assert.Equal(["runtimes/linux-x64/lib/net10.0/Multiprocessing.dll"], runtimeImages);
            Assert.True(IsReadyToRun(zip, runtimeImages[0]), "the runtimes/linux-x64 image is not ReadyToRun");
        }
        else
        {
            Assert.Empty(runtimeImages);
        }
    }

    internal static bool IsReadyToRun(System.IO.Compression.ZipArchive zip, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        return IsReadyToRun(stream);
    }

    internal static bool IsReadyToRun(Stream assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(assembly);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void A_fresh_console_app_builds_and_runs_a_target_in_a_child_from_the_package_alone()
    {
        string dir = package.CreateConsumer("Consumer", """
            using Multiprocessing;

            Multiprocess.MainGuard();

            var p = ChildProcess.Create(Work.Square, 7);
            p.Start();
            p.Join();
            Console.WriteLine($"result={p.Result} child={p.Pid} parent={Environment.ProcessId}");

            static class Work
            {
                [ProcessTarget]
                public static int Square(int x)
                {
                    Console.WriteLine($"in child {Environment.ProcessId}");
                    return x * x;
                }
            }
            """);
        var (buildExit, buildOutput) = package.Build(dir);
        Assert.True(buildExit == 0, "build failed:\n" + buildOutput);
        Assert.DoesNotContain("MP0001", buildOutput);
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Debug", "net10.0", "Multiprocessing.ChildHost.dll")), "the child host was not copied next to the app");

        var (exitCode, output) = DotnetCli.Run(Path.Combine(dir, "bin", "Debug", "net10.0", "Consumer"), "", dir, timeoutSeconds: 60);
        Assert.True(exitCode == 0, output);
        var match = Regex.Match(output, @"result=49 child=(\d+) parent=(\d+)");
        Assert.True(match.Success, output);
        Assert.NotEqual(match.Groups[1].Value, match.Groups[2].Value);
        Assert.Contains($"in child {match.Groups[1].Value}", output);
    }

    [Fact]
    public void A_fresh_app_without_the_main_guard_gets_MP0001_from_the_package()
    {
        string dir = package.CreateConsumer("NoGuard", """
            using Multiprocessing;

            var p = ChildProcess.Create(Work.Square, 7);
            p.Start();
            p.Join();

            static class Work
            {
                [ProcessTarget]
                public static int Square(int x) => x * x;
            }
            """);
        var (exitCode, output) = package.Build(dir);
        Assert.True(exitCode == 0, output);
        Assert.Matches(@"warning MP0001: .*MainGuard", output);
    }

    [Fact]
    public void A_child_that_starts_a_process_before_its_main_guard_gets_an_error_naming_the_guard()
    {
        string dir = package.CreateConsumer("BeforeGuard", """
            using Multiprocessing;

            // Wrong: code before the guard runs again in every child spawned after it.
            var early = ChildProcess.Create(Work.Square, 2);
            early.Start();
            early.Join();
            Console.WriteLine($"early={early.Result}");

            Multiprocess.MainGuard();

            var late = ChildProcess.Create(Work.Square, 3);
            late.Start();
            late.Join();
            try
            {
                Console.WriteLine($"late={late.Result}");
            }
            catch (ProcessException e)
            {
                Console.WriteLine($"late failed: {e.Message}");
            }

            static class Work
            {
                [ProcessTarget]
                public static int Square(int x) => x * x;
            }
            """);
        var (buildExit, buildOutput) = package.Build(dir);
        Assert.True(buildExit == 0, buildOutput);
        Assert.Matches(@"warning MP0001: .*", buildOutput);

        var (exitCode, output) = DotnetCli.Run(Path.Combine(dir, "bin", "Debug", "net10.0", "BeforeGuard"), "", dir, timeoutSeconds: 60);
        Assert.True(exitCode == 0, output);
        Assert.Contains("early=4", output);
        Assert.Contains("before the current process has finished its bootstrapping phase", output);
        Assert.Contains("Multiprocess.MainGuard() as the first statement", output);
        Assert.Contains("late failed:", output);
        Assert.Contains("never ran its target", output);
    }
}
