using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Multiprocessing.Samples.Tests;

/// <summary>
/// The remote manager sample as three independently started programs: the server, then two workers that connect with
/// the address it printed and the authkey.
/// </summary>
public sealed class RemoteManagerSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void A_server_and_two_separately_started_workers_share_a_job_queue_and_a_result_dictionary()
    {
        string path = Path.Combine(Metadata("RepoRoot"), "samples", "RemoteManager", "bin", Metadata("Configuration"), "net10.0", "RemoteManager");
        Assert.True(File.Exists(path), $"the sample was not built: {path}");

        using var server = Start(path, out var serverOutput, "server", "0", "2");
        var listening = WaitForLine(serverOutput, @"server: listening on tcp:(127\.0\.0\.1:\d+) \(pid (\d+)\)");
        string address = listening.Groups[1].Value;
        using var a = Start(path, out var aOutput, "worker", address, "worker-a");
        using var b = Start(path, out var bOutput, "worker", address, "worker-b");
        try
        {
            foreach (var process in new[] { a, b, server })
            {
                Assert.True(process.WaitForExit(Timeout), "a program of the sample did not finish:\n" + serverOutput + aOutput + bOutput);
                process.WaitForExit(); // flushes the asynchronous output readers
            }
        }
        finally
        {
            foreach (var process in new[] { a, b, server })
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }
            }
        }

        string all = $"{serverOutput}\n{aOutput}\n{bOutput}";
        Assert.True(server.ExitCode == 0 && a.ExitCode == 0 && b.ExitCode == 0, all);
        Assert.Matches(@"worker-a: connected to tcp:" + Regex.Escape(address), aOutput.ToString());
        Assert.Matches(@"worker-b: connected to tcp:" + Regex.Escape(address), bOutput.ToString());

        // Every job was done once, right, by one of the two worker programs (never by the server).
        var results = Regex.Matches(serverOutput.ToString(), @"^server: job (\d+) -> (\d+) by (worker-[ab]) \(pid (\d+)\)$", RegexOptions.Multiline);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString()), results.Select(r => r.Groups[1].Value));
        Assert.All(results, r => Assert.Equal((long)int.Parse(r.Groups[1].Value) * int.Parse(r.Groups[1].Value), long.Parse(r.Groups[2].Value)));
        var pids = results.Select(r => (r.Groups[3].Value, int.Parse(r.Groups[4].Value))).Distinct().ToList();
        Assert.Subset(new HashSet<(string, int)> { ("worker-a", a.Id), ("worker-b", b.Id) }, pids.ToHashSet());
        Assert.DoesNotContain(pids, p => p.Item2 == server.Id);

        var done = Regex.Matches(all, @"worker-[ab]: did (\d+) jobs");
        Assert.Equal(2, done.Count);
        Assert.Equal(20, done.Sum(d => int.Parse(d.Groups[1].Value)));
        Assert.Contains("server: 20 results, all correct: True", serverOutput.ToString());
        Assert.Contains("server: workers finished: worker-a, worker-b", serverOutput.ToString());
        Assert.DoesNotContain("server log:", serverOutput.ToString()); // no refused connection, no malformed request
    }

    private static string Metadata(string key) =>
        typeof(RemoteManagerSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static Process Start(string path, out StringBuilder output, params string[] args)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var lines = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = lines;
        return process;

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (lines)
                {
                    lines.AppendLine(line);
                }
            }
        }
    }

    private static Match WaitForLine(StringBuilder output, string pattern)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            var match = Regex.Match(text, pattern);
            if (match.Success)
            {
                return match;
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"no line matched '{pattern}' in:\n{output}");
        return null!;
    }
}
