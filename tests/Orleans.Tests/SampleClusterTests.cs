using System.Diagnostics;
using System.Reflection;
using Multiprocessing.Orleans.Tests.Infrastructure;

namespace Multiprocessing.Orleans.Tests;

/// <summary>samples/Cluster as separate processes: its script starts two silos and a client, as the README's three terminals do.</summary>
public sealed class SampleClusterTests
{
    [Fact]
    public async Task Two_silo_processes_and_a_client_share_the_work_and_no_silo_is_left()
    {
        string root = Metadata("RepoRoot");
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "samples", "Cluster", "run-cluster.sh"));
        start.ArgumentList.Add("--no-build"); // built by this project's reference
        start.Environment["CONFIGURATION"] = Metadata("Configuration");
        using var script = Process.Start(start)!;
        var stdout = script.StandardOutput.ReadToEndAsync();
        var stderr = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        string output = await stdout + await stderr;

        Assert.True(script.ExitCode == 0, $"run-cluster.sh exited with {script.ExitCode}:\n{output}");
        Assert.Contains("sum 333328333350000 over 2 silos", output); // sum of the squares of 0..99999
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("silo 127.0.0.1:", StringComparison.Ordinal) && !l.EndsWith(": 0 tasks", StringComparison.Ordinal)));
        string pidLine = output.Split('\n').Single(l => l.StartsWith("silo pids: ", StringComparison.Ordinal));
        var silos = pidLine["silo pids: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        Assert.Equal(2, silos.Count);
        Processes.AssertNoneAlive(silos); // the script stopped both silos (and they their workers)
        Assert.Empty(System.Diagnostics.Process.GetProcesses().Where(p => CommandLine(p.Id).Contains("Cluster silo port=", StringComparison.Ordinal) && CommandLine(p.Id).Contains(root, StringComparison.Ordinal)).Select(p => p.Id));
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string Metadata(string key) =>
        typeof(SampleClusterTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
