using System.Diagnostics;
using System.Reflection;

namespace Multiprocessing.Samples.Tests;

/// <summary>Runs a sample's built executable and captures everything it and its children print.</summary>
internal static class SampleRunner
{
    private static string Metadata(string key) =>
        typeof(SampleRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    internal static (int ExitCode, string Output, int Pid) Run(string sample, TimeSpan timeout)
    {
        string path = Path.Combine(Metadata("RepoRoot"), "samples", sample, "bin", Metadata("Configuration"), "net10.0", sample);
        Assert.True(File.Exists(path), $"the sample was not built: {path}");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{sample} did not finish within {timeout}. Output so far: {stdout.Result}{stderr.Result}");
        }

        // The pipes close only when every child that inherited them has exited too.
        Assert.True(Task.WaitAll([stdout, stderr], timeout), $"a child of {sample} kept its output open (orphaned?)");
        return (process.ExitCode, stdout.Result + stderr.Result, process.Id);
    }
}
