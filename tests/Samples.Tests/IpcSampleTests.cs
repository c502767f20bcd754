using System.Text.RegularExpressions;

namespace Multiprocessing.Samples.Tests;

/// <summary>Runs the Queue and Pipe samples and checks what crossed the process boundaries.</summary>
public sealed class IpcSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void Queue_sample_shows_producers_a_consumer_a_full_bounded_queue_and_a_joinable_queue()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Queue", Timeout);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"main: parent pid {pid}", output);

        // 1. six items, each exactly once, from two producer pids, all taken by one consumer pid; none of them the parent
        var items = Regex.Matches(output, @"^1\. consumer pid (\d+) got item (\d) of producer (\d) \(pid (\d+)\)$", RegexOptions.Multiline);
        Assert.True(items.Count == 6, output);
        Assert.Equal(6, items.Select(m => m.Groups[2].Value + "/" + m.Groups[3].Value).Distinct().Count());
        var consumer = Assert.Single(items.Select(m => m.Groups[1].Value).Distinct());
        var producers = items.Select(m => m.Groups[4].Value).Distinct().ToList();
        Assert.Equal(2, producers.Count);
        Assert.DoesNotContain(pid.ToString(), producers.Append(consumer));
        Assert.Matches(@"1\. producers \d+, \d+ and consumer \d+ exited with 0, 0, 0", output);

        // 2. back-pressure: three put, two refused; a child takes the first; a timed Put on a full queue gives up
        Assert.Contains("2. put 3 (count 3, full: True)", output);
        Assert.Contains("2. queue full: 4 not put", output);
        Assert.Contains("2. queue full: 5 not put", output);
        Assert.Contains("2. a child took 1; now there is room: put 4 -> True", output);
        Assert.Contains("2. Put(5, timeout: 100 ms) gave up: still full", output);

        // 3. Join returned after the worker's TaskDone for all ten: the sum of squares 1..10 is there
        var joinable = Regex.Match(output, @"3\. all 10 tasks done by pid (\d+): total 385, unfinished 0");
        Assert.True(joinable.Success, output);
        Assert.NotEqual(pid.ToString(), joinable.Groups[1].Value);
        Assert.EndsWith("main: done" + Environment.NewLine, output);
    }

    [Fact]
    public void Pipe_sample_talks_both_ways_with_a_child_and_sees_the_end_of_the_stream()
    {
        var (exitCode, output, pid) = SampleRunner.Run("Pipe", Timeout);
        Assert.True(exitCode == 0, output);
        var answers = Regex.Matches(output, @"^1\. parent sent '([^']+)', child answered '([^']+) \(pid (\d+)\)'$", RegexOptions.Multiline);
        Assert.True(answers.Count == 3, output);
        Assert.All(answers, a => Assert.Equal(a.Groups[1].Value.ToUpperInvariant(), a.Groups[2].Value));
        string child = Assert.Single(answers.Select(a => a.Groups[3].Value).Distinct());
        Assert.NotEqual(pid.ToString(), child);
        Assert.Contains($"1. the child (pid {child}) closed its end: end of stream", output);
        Assert.Contains("2. poll before anything was sent: False, within 10 s: True", output);
        Assert.Matches(@"2\. received \[1, 4, 9, 16, 25\] from pid (?!" + pid + @"\b)\d+", output);
        Assert.EndsWith("main: done" + Environment.NewLine, output);
    }

    [Fact]
    public void SharedState_sample_shares_a_locked_counter_an_array_and_a_managers_dictionary_and_list()
    {
        var (exitCode, output, pid) = SampleRunner.Run("SharedState", Timeout);
        Assert.True(exitCode == 0, output);

        // 1. no increment lost: the lock worked across the four processes
        var counter = Regex.Match(output, @"1\. counter = (\d+) after 4 processes x 1000 locked increments \(pids ([\d, ]+)\)");
        Assert.True(counter.Success, output);
        Assert.Equal("4000", counter.Groups[1].Value);
        Assert.DoesNotContain(pid.ToString(), counter.Groups[2].Value.Split(", "));

        // 2. the parent sees what the children wrote into the shared array
        Assert.Matches(@"2\. array squared in place by pids \d+ and \d+: \[0, 1, 4, 9, 16, 25, 36, 49\]", output);

        // 3. the manager's dictionary and list hold what three children wrote, from three pids
        var manager = Regex.Match(output, @"3\. manager \(pid (\d+)\) dictionary: square\(1\)=1, square\(2\)=4, square\(3\)=9");
        Assert.True(manager.Success, output);
        Assert.NotEqual(pid.ToString(), manager.Groups[1].Value);
        var log = Regex.Matches(output, @"pid (\d+) wrote square\(\d\)");
        Assert.Equal(3, log.Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Contains("3. manager list has 3 entries", output);
        Assert.EndsWith("main: done" + Environment.NewLine, output);
    }
}
