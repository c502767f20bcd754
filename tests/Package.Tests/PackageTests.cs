using System.Reflection;
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
        Assert.Contains(dependencies, d => (string?)d.Attribute("id") == "Microsoft.Extensions.Hosting");
    }

    [Fact]
    public void Package_version_and_assembly_version_come_from_one_place()
    {
        string assembly = Path.Combine(DotnetCli.Metadata("RepoRoot"), "src", "Sdk", "bin", DotnetCli.Metadata("Configuration"), "net10.0", "Multiprocessing.dll");
        var informational = AssemblyName.GetAssemblyName(assembly).Version!;
        Assert.Equal(new Version(package.Version).ToString(3), informational.ToString(3));
        Assert.EndsWith($"Multiprocessing.{package.Version}.nupkg", package.PackagePath);
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
