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
    public void MemoryPackSample_passes_MemoryPack_records_to_a_child_and_a_pool()
    {
        var (exitCode, output, pid) = SampleRunner.Run("MemoryPackSample", Timeout);
        Assert.True(exitCode == 0, output);
        var shipped = Regex.Match(output, @"order 1 for Ann: Shipped by pid (\d+) \(child (\d+)\), 2 lines, codes 101,102, exit code 0");
        Assert.True(shipped.Success, output);
        Assert.Equal(shipped.Groups[1].Value, shipped.Groups[2].Value);
        Assert.NotEqual(pid.ToString(), shipped.Groups[1].Value);
        Assert.Contains("totals: 9.90 11.00 9.90 11.00", output);
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
        Assert.Contains("8. warm start: square 144; active children: 1", output); // the daemon; a spare is nobody's child
        Assert.Contains("main: done", output);
        // The daemon sleeps for ten minutes and holds the output pipe: the run above could only return within its
        // two-minute timeout because the daemon was terminated when the parent exited; so were the warm start's spares.
    }

    [Fact]
    public void Pool_sample_shows_apply_async_map_imap_starmap_errors_and_a_CPU_bound_map()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Pool", Timeout);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"main: parent pid {pid},", output);

        // 1. ten apply_async tasks, in submission order, spread over the pool's three workers (never the parent)
        var tasks = Regex.Matches(output, @"^1\. task (\d) done by pid (\d+)$", RegexOptions.Multiline);
        Assert.True(tasks.Count == 10, output);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i.ToString()), tasks.Select(t => t.Groups[1].Value));
        var workers = tasks.Select(t => int.Parse(t.Groups[2].Value)).Distinct().Order().ToList();
        Assert.True(workers.Count == 3, output);
        Assert.DoesNotContain(pid, workers);
        Assert.Contains($"1. 10 tasks ran on 3 worker pids ({string.Join(", ", workers)}); the parent is {pid}", output);
        Assert.Contains("1. closed and joined: Closed, 0 workers left", output);

        // 2. map, imap and starmap keep the order of the items; imap_unordered returns the same values in any order
        Assert.Contains("2. map: 0 1 4 9 16 25 36 49 64 81" + Environment.NewLine, output);
        Assert.Contains("2. imap: 0 1 4 9 16 25 36 49 64 81" + Environment.NewLine, output);
        var unordered = Regex.Match(output, @"^2\. imap_unordered: ([\d ]+)$", RegexOptions.Multiline);
        Assert.True(unordered.Success, output);
        Assert.Equal([0, 1, 4, 9, 16, 25, 36, 49, 64, 81], unordered.Groups[1].Value.Split(' ').Select(int.Parse).Order());
        Assert.Contains("2. starmap: 8 9 10000 1" + Environment.NewLine, output);

        // 3. an exception in a task surfaces as RemoteProcessException, and the pool keeps serving
        Assert.Contains("3. RemoteProcessException: System.DivideByZeroException: Attempted to divide by zero.", output);
        Assert.Contains("3. the pool still answers: 84 / 2 = 42", output);

        // 4. the CPU-bound job gives the right counts both ways (the speed-up is printed, not asserted: CI is noisy)
        var counts = Regex.Matches(output, @"^4\. (?:serial|pool\(\d+\)): +([\d ]+) in \d+ ms$", RegexOptions.Multiline);
        Assert.True(counts.Count == 2, output);
        Assert.All(counts, c => Assert.Equal(Enumerable.Repeat("2262", 16), c.Groups[1].Value.Split(' ')));
        Assert.Matches(@"4\. speed-up: \d+\.\d\dx on \d+ CPUs", output);

        // 5. await using + awaitable results
        Assert.Contains("5. await MapAsync: 1 4 9 16; await ApplyAsync: 144", output);
        Assert.EndsWith("main: done" + Environment.NewLine, output);
    }

    [Fact]
    public void Sync_sample_shows_Lock_RLock_Event_and_Semaphore_across_processes()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Sync", Timeout);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"main: pid {pid}", output);
        string child = $@"(?!{pid}\b)\d+"; // a pid other than the parent's

        // 1. no update lost by 4 processes racing on a counter under the lock
        var counted = Regex.Match(output, $@"^1\. counter = 4000 \(4 processes x 1000 increments under a ProcessLock\), pids: ({child}), ({child}), ({child}), ({child})$", RegexOptions.Multiline);
        Assert.True(counted.Success, output);
        Assert.Equal(4, counted.Groups.Values.Skip(1).Select(g => g.Value).Distinct().Count());

        // 2. the RLock re-entered in a child
        Assert.Matches($@"2\. pid {child} re-entered the RLock \(depth 2 inside Deposit\); balance = 15", output);

        // 3. three children released by the event, after the parent set it
        Assert.Contains("3. 3 children wait; setting the event", output);
        var released = Regex.Matches(output, $@"^3\. pid ({child}) released by the event: True$", RegexOptions.Multiline);
        Assert.True(released.Count == 3, output);
        Assert.Equal(3, released.Select(r => r.Groups[1].Value).Distinct().Count());
        Assert.True(output.IndexOf("setting the event", StringComparison.Ordinal) < released[0].Index, output);

        // 4. a semaphore of 2: four workers, never more than two inside
        var working = Regex.Matches(output, $@"^4\. pid ({child}) working, ([12]) inside$", RegexOptions.Multiline);
        Assert.True(working.Count == 4, output);
        Assert.Contains("4. max concurrent = 2 (a semaphore of 2, 4 processes)", output);
        Assert.EndsWith("main: done" + Environment.NewLine, output);
    }
}
