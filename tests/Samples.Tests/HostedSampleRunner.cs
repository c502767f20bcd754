using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Multiprocessing.Samples.Tests;

/// <summary>
/// Runs a long-running sample (a generic host that runs until it is signalled): starts its built executable with
/// its output captured, waits until the output shows something, signals it and waits for it to exit.
/// </summary>
internal sealed class HostedSampleRunner : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostedSampleRunner(Process process) => _process = process;

    /// <summary>The sample's pid.</summary>
    public int Pid => _process.Id;

    /// <summary>Everything the sample printed so far.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>
    /// Starts <paramref name="sample"/>. With <paramref name="ownProcessGroup"/>, it runs in a session of its own
    /// (through setsid), so that a signal can be sent to its whole process group, as a terminal's Ctrl+C does.
    /// </summary>
    public static HostedSampleRunner Start(string sample, bool ownProcessGroup = false)
    {
        string path = Path.Combine(Metadata("RepoRoot"), "samples", sample, "bin", Metadata("Configuration"), "net10.0", sample);
        Assert.True(File.Exists(path), $"the sample was not built: {path}");
        UnignoreInterrupt();
        var start = new ProcessStartInfo(ownProcessGroup ? "setsid" : path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (ownProcessGroup)
        {
            start.ArgumentList.Add(path); // setsid execs the sample in place: same pid, now a group leader
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var runner = new HostedSampleRunner(Process.Start(start)!);
        runner._process.OutputDataReceived += (_, e) => runner.OnLine(e.Data, runner._stdoutClosed);
        runner._process.ErrorDataReceived += (_, e) => runner.OnLine(e.Data, runner._stderrClosed);
        runner._process.BeginOutputReadLine();
        runner._process.BeginErrorReadLine();
        return runner;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the output, or fails after <paramref name="timeout"/>.</summary>
    public void WaitUntil(Func<string, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Output))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"the sample never showed {what} (exited: {_process.HasExited}). Output so far:\n{Output}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. "INT", "TERM") to the sample, or to its whole process group.</summary>
    public void Signal(string signal, bool wholeGroup = false)
    {
        var kill = new ProcessStartInfo("kill") { UseShellExecute = false };
        kill.ArgumentList.Add($"-{signal}");
        kill.ArgumentList.Add("--");
        kill.ArgumentList.Add(wholeGroup ? $"-{Pid}" : $"{Pid}");
        using var process = Process.Start(kill)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Waits for the sample to exit and for its output to close (only when every child holding it has exited too).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Assert.Fail($"the sample did not exit within {timeout}. Output so far:\n{Output}");
        }

        Assert.True(Task.WaitAll([_stdoutClosed.Task, _stderrClosed.Task], timeout), $"a child of the sample kept its output open (orphaned?). Output:\n{Output}");
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>
    /// A process started with SIGINT ignored (a background job of a non-interactive shell, as some CI runners start
    /// the tests) passes that on to its children, and .NET then never sees Ctrl+C. Restore the default so the sample
    /// can be interrupted like an app started from a terminal.
    /// </summary>
    private static void UnignoreInterrupt()
    {
        const int SigInt = 2;
        string status = File.ReadAllText("/proc/self/status");
        string mask = status.Split('\n').Single(line => line.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
        if ((Convert.ToUInt64(mask, 16) & (1UL << (SigInt - 1))) != 0)
        {
            _ = SetSignalHandler(SigInt, IntPtr.Zero); // SIG_DFL
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetSignalHandler(int signal, IntPtr handler);

    private static string Metadata(string key) =>
        typeof(HostedSampleRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private void OnLine(string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
        }
        else
        {
            _lines.Enqueue(line);
        }
    }
}
