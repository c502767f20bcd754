using System.Text.RegularExpressions;

namespace Multiprocessing.Samples.Tests;

public sealed class HostedWorkerSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs the HostedWorker sample until it has logged a few results, stops it with a signal and checks that it shut
    /// down cleanly: exit code 0, the shutdown sequence logged, and no worker process left.
    /// </summary>
    /// <param name="signal">The signal: INT is Ctrl+C, TERM what a service manager or container runtime sends.</param>
    /// <param name="wholeGroup">Signal the whole process group, host and workers, as Ctrl+C in a terminal does.</param>
    [Theory]
    [InlineData("INT", false)]
    [InlineData("TERM", false)]
    [InlineData("INT", true)]
    public void HostedWorker_fans_work_out_to_the_pool_and_shuts_down_cleanly_on_a_signal(string signal, bool wholeGroup)
    {
        using var sample = HostedSampleRunner.Start("HostedWorker", ownProcessGroup: wholeGroup);
        int pid = sample.Pid;
        sample.WaitUntil(output => Regex.Matches(output, "result: item").Count >= 5, Timeout, "five results");

        sample.Signal(signal, wholeGroup);
        int exitCode = sample.WaitForExit(Timeout);
        string output = sample.Output;
        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{output}");

        // The pool's workers were started and announced in the log; none of them is the host.
        var workers = Regex.Matches(output, @"Multiprocessing\.ProcessPool\[1\] Pool worker (SpawnPoolWorker-\d+) started \(pid (\d+)\)")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.True(workers.Count == 2, output);
        Assert.DoesNotContain(pid, workers.Values);
        Assert.Contains($"consumer: host pid {pid}, fanning work out to 2 workers", output);

        // Results computed in the workers, logged by the host.
        var results = Regex.Matches(output, @"result: item (\d+): \d+ primes below \d+, computed by pid (\d+)");
        Assert.True(results.Count >= 5, output);
        Assert.All(results, r => Assert.Contains(int.Parse(r.Groups[2].Value), workers.Values));

        // A line a worker wrote to its console, forwarded to the host's logger in the worker's scope.
        var forwarded = Regex.Match(output, @"Multiprocessing\.Worker\[10\] => ProcessName:(SpawnPoolWorker-\d+) ProcessId:(\d+) computing item \d+ in pid (\d+)");
        Assert.True(forwarded.Success, output);
        Assert.Equal(workers[forwarded.Groups[1].Value], int.Parse(forwarded.Groups[2].Value));
        Assert.Equal(forwarded.Groups[2].Value, forwarded.Groups[3].Value);

        // The shutdown, in order: the host stops, the consumer drains, then the pool closes and its workers exit.
        string[] shutdown =
        [
            "Application is shutting down...",
            "consumer: stopping; waiting for",
            "consumer: stopped after",
            "Multiprocessing.ProcessPool[4] Process pool stopping",
            "Multiprocessing.ProcessPool[8] Process pool stopped: every worker has exited",
        ];
        var positions = shutdown.Select(line => output.IndexOf(line, StringComparison.Ordinal)).ToArray();
        Assert.True(positions.All(p => p >= 0), $"missing shutdown lines:\n{output}");
        Assert.True(positions.SequenceEqual(positions.Order()), $"shutdown lines out of order:\n{output}");
        Assert.DoesNotContain("Process pool shutdown grace ran out", output);
        Assert.DoesNotContain("crashed", output);
        Assert.DoesNotContain("failed", output);

        // No worker outlives the host.
        Assert.All(workers.Values, worker => Assert.False(IsAlive(worker), $"worker {worker} is still alive"));
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
