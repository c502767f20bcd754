using System.Diagnostics;

namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// Runs the namespace probe (tests/NamespaceProbe) in a pid namespace of its own that shares this machine's /dev/shm,
/// through <c>unshare --pid --fork --mount-proc</c>: what a second container of a Kubernetes pod, a container run with
/// <c>--ipc=host</c> or a shared <c>MULTIPROCESSING_SHM_DIR</c> is to this process. There a pid of this namespace names
/// no process, or another one. Needs root (CAP_SYS_ADMIN); elsewhere <see cref="SkipReason"/> says why not.
/// </summary>
internal static class OtherPidNamespace
{
    private const string ProbeFileName = "Multiprocessing.NamespaceProbe.dll";
    private static readonly Lazy<string?> s_skipReason = new(FindSkipReason);

    /// <summary>Why no second pid namespace can be made here, or null when one can.</summary>
    internal static string? SkipReason => s_skipReason.Value;

    /// <summary>Starts the probe with <paramref name="arguments"/> in a new pid namespace; read it with <see cref="Finish"/>.</summary>
    internal static System.Diagnostics.Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string directory = AppContext.BaseDirectory;
        foreach (var a in new[]
                 {
                     "--pid", "--fork", "--mount-proc", DotnetHost(), "exec",
                     "--runtimeconfig", Path.Combine(directory, "Multiprocessing.Tests.runtimeconfig.json"),
                     "--depsfile", Path.Combine(directory, "Multiprocessing.Tests.deps.json"),
                     Path.Combine(directory, ProbeFileName),
                 }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    /// <summary>
    /// Waits for the probe (at most <paramref name="patience"/>, then kills it) and returns what follows "result " on
    /// its output; fails the test with the probe's output when it printed no result.
    /// </summary>
    internal static string Finish(System.Diagnostics.Process probe, TimeSpan patience)
    {
        var output = probe.StandardOutput.ReadToEndAsync();
        var error = probe.StandardError.ReadToEndAsync();
        if (!probe.WaitForExit(patience))
        {
            probe.Kill(entireProcessTree: true);
            probe.WaitForExit();
        }

        string text = output.Result;
        string? result = text.Split('\n').FirstOrDefault(l => l.StartsWith("result ", StringComparison.Ordinal));
        Assert.True(probe.ExitCode == 0 && result is not null, $"the probe failed (exit code {probe.ExitCode}): {text}\n{error.Result}");
        return result!["result ".Length..].Trim();
    }

    /// <summary>Runs the probe to its end and returns its result (see <see cref="Finish"/>).</summary>
    internal static string Run(TimeSpan patience, params string[] arguments)
    {
        using var probe = Start(arguments);
        return Finish(probe, patience);
    }

    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }

    private static string? FindSkipReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "pid namespaces need Linux";
        }

        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, ProbeFileName)))
        {
            throw new FileNotFoundException($"The namespace probe {ProbeFileName} is not next to the tests: Sdk.Tests.csproj references tests/NamespaceProbe, so a build puts it there.");
        }

        try
        {
            var start = new ProcessStartInfo("unshare", ["--pid", "--fork", "--mount-proc", "true"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var probe = System.Diagnostics.Process.Start(start)!;
            string error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null : $"'unshare --pid --fork --mount-proc' is not permitted here (exit code {probe.ExitCode}: {error.Trim()}); it needs root or CAP_SYS_ADMIN";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"'unshare' cannot be run here ({ex.Message}); install util-linux";
        }
    }
}
