using System.Diagnostics;
using System.Reflection;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Process;

/// <summary>
/// Ctrl+C in a terminal (issue 15, item 2), played by sending SIGINT to the probe's root and to its children, as a
/// terminal does to its foreground process group. The probe (tests/TreeProbe, argument interrupt) is a program of its
/// own with two plain children whose targets wait for their tokens.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class InterruptTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void By_default_SIGINT_cancels_the_childrens_tokens_and_the_parent_joins_them_and_exits_0()
    {
        var (exitCode, joined, pids, leftovers) = Interrupt("interrupt");
        Assert.Equal("joined cancelled|cancelled", joined);
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(pids, IsAlive);
        Assert.Empty(leftovers);
    }

    [Fact]
    public void With_InterruptHandling_Signal_children_die_of_SIGINT_and_the_message_names_the_signal()
    {
        var (exitCode, joined, pids, leftovers) = Interrupt("interrupt-python");
        Assert.StartsWith("joined ", joined);
        var outcomes = joined["joined ".Length..].Split('|');
        Assert.Equal(2, outcomes.Length);
        Assert.All(outcomes, o => Assert.Contains("was killed by SIGINT (signal 2) before returning a result", o));
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(pids, IsAlive);
        Assert.Empty(leftovers);
    }

    [Fact]
    public void An_application_that_does_not_handle_SIGINT_still_exits_on_it_and_its_children_without_a_token_do_not_outlive_it()
    {
        var (exitCode, _, pids, _) = Interrupt("interrupt-default");
        Assert.Equal(130, exitCode); // .NET's default for SIGINT
        var clock = Stopwatch.StartNew();
        while (pids.Any(IsAlive) && clock.Elapsed < Patience)
        {
            Thread.Sleep(20); // the children notice that their parent is gone (their control connection closes)
        }

        Assert.DoesNotContain(pids, IsAlive);

        // The runtime's default SIGINT exit runs no exit handler: the tree's control directory is left to the resource
        // tracker's sweep, as before this change (not asserted here).
    }

    [Fact]
    public void A_pipeline_of_one_producer_and_three_consumers_finished_by_Complete_loses_no_item_on_SIGINT()
    {
        // tests/TreeProbe/PipelineProbe.cs: consumers take items with Get(token) and ReadAllAsync(token), the producer
        // completes the bounded queue when its token is cancelled; every item put is either processed or still queued.
        var (exitCode, report, pids, leftovers) = Interrupt("pipeline", "pipeline ");
        Assert.StartsWith("pipeline ", report);
        // outcomes=... is last and may hold an error message with spaces.
        int outcomesAt = report.IndexOf(" outcomes=", StringComparison.Ordinal);
        Assert.True(outcomesAt > 0, report);
        var fields = report["pipeline ".Length..outcomesAt].Split(' ').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        fields["outcomes"] = report[(outcomesAt + " outcomes=".Length)..];
        int produced = int.Parse(fields["produced"]), processed = int.Parse(fields["processed"]), remaining = int.Parse(fields["remaining"]);
        Assert.True(produced >= 300, report);
        Assert.Equal(produced, processed + remaining);
        Assert.Equal("0", fields["duplicates"]);
        Assert.Equal("0", fields["unknown"]);
        Assert.Equal("0", fields["missing"]);

        // The producer returns what it put; a consumer either drained the completed queue or was cancelled.
        var outcomes = fields["outcomes"].Split('|');
        Assert.True(outcomes.Length == 4 && outcomes[0] == "returned" && outcomes.Skip(1).All(o => o is "returned" or "cancelled"), report);
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(pids, IsAlive);
        Assert.Empty(leftovers);
    }

    /// <summary>Runs the probe, SIGINTs its tree once ready; returns its exit code, its last line (the one that starts with <paramref name="report"/>), its pids and any file its tree left.</summary>
    private static (int ExitCode, string Joined, int[] Pids, string[] Leftovers) Interrupt(string mode, string report = "joined ")
    {
        string path = Path.Combine(Metadata("RepoRoot"), "tests", "TreeProbe", "bin", Metadata("Configuration"), "net10.0", "TreeProbe");
        Assert.True(File.Exists(path), $"the probe was not built: {path}");
        string shm = Directory.CreateTempSubdirectory("mp-interrupt-shm-").FullName;
        string tmp = Directory.CreateTempSubdirectory("mp-interrupt-tmp-").FullName;
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(mode);
        start.Environment[SharedMemoryBlock.DirectoryVariable] = shm;
        start.Environment["TMPDIR"] = tmp;
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        using var probe = System.Diagnostics.Process.Start(start)!;
        var lines = new List<string>();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        probe.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                if (line.StartsWith("ready ", StringComparison.Ordinal))
                {
                    ready.TrySetResult(line);
                }
            }
        };
        probe.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (lines)
                {
                    lines.Add("stderr: " + line);
                }
            }
        };
        probe.BeginOutputReadLine();
        probe.BeginErrorReadLine();
        int[] pids = [];
        try
        {
            Assert.True(ready.Task.Wait(Patience), "the probe did not get ready: " + Output(lines));
            var fields = ready.Task.Result.Split(' ').Skip(1).Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
            int root = int.Parse(fields["root"]);
            var children = fields["children"].Split(',').Select(int.Parse).ToArray();
            pids = [root, .. children];

            // What a terminal does on Ctrl+C: SIGINT to every process of the foreground group.
            foreach (int pid in pids)
            {
                Assert.Equal(0, Interop.NativeMethods.Kill(pid, 2));
            }

            Assert.True(probe.WaitForExit(Patience), "the probe did not exit after SIGINT: " + Output(lines));
            probe.WaitForExit(); // the output is read to its end
            string joined = Output(lines).Split('\n').LastOrDefault(l => l.StartsWith(report, StringComparison.Ordinal)) ?? Output(lines);
            var leftovers = Directory.EnumerateFileSystemEntries(shm).Concat(Directory.EnumerateFileSystemEntries(tmp)).ToArray();
            return (probe.ExitCode, joined, pids, leftovers);
        }
        finally
        {
            if (!probe.HasExited)
            {
                probe.Kill(entireProcessTree: true);
                probe.WaitForExit();
            }

            foreach (int pid in pids.Where(IsAlive))
            {
                Interop.NativeMethods.Kill(pid, 9);
            }

            Directory.Delete(shm, recursive: true);
            Directory.Delete(tmp, recursive: true);
        }
    }

    private static string Output(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Metadata(string key) =>
        typeof(InterruptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
