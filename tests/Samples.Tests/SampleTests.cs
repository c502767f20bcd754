using System.Text.RegularExpressions;

namespace Multiprocessing.Samples.Tests;

public sealed class SampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void Quickstart_computes_in_children_and_prints_their_results()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Quickstart", Timeout);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"parent: pid {pid}", output);
        var square = Regex.Match(output, @"Square\(7\) = 49 computed by pid (\d+), exit code 0");
        Assert.True(square.Success, output);
        Assert.NotEqual(pid, int.Parse(square.Groups[1].Value));

        var greetings = Regex.Matches(output, @"Process-\d+: (hello ?)+ from worker (\d) in pid (\d+) \(parent (\d+)\)");
        Assert.Equal(4, greetings.Count);
        Assert.All(greetings, g => Assert.Equal(pid.ToString(), g.Groups[4].Value));
        Assert.Equal(4, greetings.Select(g => g.Groups[3].Value).Distinct().Count());
        Assert.DoesNotContain(greetings, g => g.Groups[3].Value == pid.ToString());
    }

    [Fact]
    public void Processes_sample_shows_every_Process_concept()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Processes", Timeout);
        Assert.True(exitCode == 0, output);
        Assert.Matches($@"1\. hello from info-process: pid (?!{pid}\b)\d+, parent pid {pid}", output);
        Assert.Contains("2. squares: 1, 4, 9, 16, 25 from 5 distinct pids", output);
        Assert.Contains("3. after Join(200 ms): finished=False IsAlive=True", output);
        Assert.Contains("3. after Terminate: IsAlive=False ExitCode=-15", output);
        Assert.Equal(3, Regex.Matches(output, @"4\. tick \d/3 from Process-\d+ \(pid (?!" + pid + @"\b)\d+\)").Count);
        Assert.Contains("4. clock exited with 0", output);
        Assert.Contains("5. counter in the child: 100, in the parent: 0", output);
        Assert.Contains("6. ExitCode=1 error=System.InvalidOperationException: something went wrong in the child", output);
        Assert.Matches(@"7\. daemon Process-\d+ pid \d+ started; active children: 1", output);
        Assert.Contains("main: done", output);
        // The daemon sleeps for ten minutes and holds the output pipe: the run above could only return within its
        // two-minute timeout because the daemon was terminated when the parent exited.
    }
}
