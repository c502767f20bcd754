using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Multiprocessing.Analyzers.Tests;

/// <summary>
/// The code fixes work from the command line: <c>dotnet format analyzers</c> applies every one of them (Fix All in
/// solution) to a project with one pitfall of each fixable kind, and the project then builds without any MP warning
/// (in particular, the MP0006 fix must not leave an unjoined process behind, MP0009).
/// </summary>
public class DotnetFormatTests
{
    private static readonly string[] Fixed = { "MP0001", "MP0002", "MP0005", "MP0006", "MP0008", "MP0009" };

    // Top-level statements without the main guard: MP0001.
    private const string Program = """
        using Sample;

        Console.WriteLine("parent");
        Jobs.Tuple();
        Jobs.RunInstead(true);
        """;

    private const string Jobs = """
        using Multiprocessing;

        namespace Sample;

        public static class Work
        {
            [ProcessTarget]
            public static void Add(int a, int b) => Console.WriteLine(a + b);

            [ProcessTarget]
            public static void Serve() => Console.WriteLine("serving");

            [ProcessTarget]
            public static void Report(string name) => Console.WriteLine(name);
        }

        public static class Jobs
        {
            public static void Tuple()
            {
                var p = ChildProcess.Create(Work.Add, 1, 2);
                p.Start();
                p.Join();
            }

            public static void Daemon()
            {
                var p = ChildProcess.Create(Work.Serve);
                p.Start();
                p.Daemon = true;
                p.Join();
            }

            public static void RunInstead(bool now)
            {
                var p = ChildProcess.Create(Work.Report, "daily");
                if (now) p.Run();
            }

            public static void Nowait(ProcessQueue<int> queue)
            {
                queue.PutNowait(1);
            }

            public static void Fire()
            {
                var p = ChildProcess.Create(Work.Report, "weekly");
                p.Start();
            }
        }
        """;

    [Fact]
    public async Task Dotnet_format_fixes_every_pitfall_and_the_result_builds_without_MP_warnings()
    {
        var repoRoot = Metadata("RepoRoot");
        var dir = Directory.CreateTempSubdirectory("mp-format-test-").FullName;
        try
        {
            // Outside the repository (no Directory.Build.props), referencing the runtime, generator, analyzers and code
            // fixes the way samples/Directory.Build.props does.
            File.Copy(Path.Combine(repoRoot, "nuget.config"), Path.Combine(dir, "nuget.config"));
            File.WriteAllText(Path.Combine(dir, "Sample.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{repoRoot}src/Sdk/Sdk.csproj" />
                    <ProjectReference Include="{repoRoot}src/Generators/Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{repoRoot}src/Analyzers/Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{repoRoot}src/Analyzers.CodeFixes/Analyzers.CodeFixes.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(dir, "Jobs.cs"), Jobs);

            // Before: the analyzers see every pitfall. The build fails (MP0002 comes with the compiler's own error); it
            // also builds the referenced projects in the configuration dotnet format loads them in (the default one).
            var before = await RunAsync(dir, "build");
            foreach (var id in Fixed)
            {
                Assert.True(before.Output.Contains(id + ":", StringComparison.Ordinal), $"the sample does not raise {id}:\n" + before.Output);
            }

            var format = await RunAsync(dir, $"format analyzers Sample.csproj --no-restore --diagnostics {string.Join(' ', Fixed)} --severity info -v diag");
            Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
            Assert.DoesNotContain("doesn't support Fix All", format.Output);
            var fixedCode = File.ReadAllText(Path.Combine(dir, "Program.cs")) + File.ReadAllText(Path.Combine(dir, "Jobs.cs"));
            var context = "\n--- format output:\n" + format.Output + "\n--- fixed code:\n" + fixedCode;

            Assert.True(fixedCode.Contains("Multiprocess.MainGuard();", StringComparison.Ordinal), "MP0001 not fixed" + context);
            Assert.True(fixedCode.Contains("ChildProcess.Create(Work.Add, (1, 2))", StringComparison.Ordinal), "MP0002 not fixed" + context);
            Assert.True(Regex.IsMatch(fixedCode, @"p\.Daemon = true;\s*p\.Start\(\);"), "MP0005 not fixed" + context);
            // Start() alone would leave an MP0009 that its own fix would join after the if, even when nothing started.
            Assert.True(Regex.IsMatch(fixedCode, @"if \(now\)\s*{\s*p\.Start\(\);\s*p\.Join\(\);\s*}\s*}"), "MP0006 not fixed with a Join()" + context);
            Assert.True(fixedCode.Contains("TryPut(1, TimeSpan.Zero)", StringComparison.Ordinal), "MP0008 not fixed" + context);
            Assert.True(Regex.IsMatch(fixedCode, @"""weekly""\);\s*p\.Start\(\);\s*p\.Join\(\);"), "MP0009 not fixed" + context);

            var build = await RunAsync(dir, "build --no-restore");
            Assert.True(build.ExitCode == 0, "the fixed project does not build:\n" + build.Output + context);
            var remaining = Regex.Matches(build.Output, @"(warning|error) (MP\d{4})").Select(m => m.Value).Distinct().ToList();
            Assert.True(remaining.Count == 0, "MP diagnostics remain after dotnet format: " + string.Join(", ", remaining) + "\n" + build.Output + context);
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Metadata(string key) =>
        typeof(DotnetFormatTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    // Runs the dotnet CLI as a user would: without the MSBuild and test-host variables of this run.
    private static async Task<(int ExitCode, string Output)> RunAsync(string directory, string arguments, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'dotnet {arguments}' did not finish in {timeoutSeconds} s: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
