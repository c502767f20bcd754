using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Pool;

/// <summary>Map progress (issue 15, item 7): in order, one report at a time, the last one before the result.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ProgressTests
{
    private static readonly int[] Items = [.. Enumerable.Range(0, 40)];

    /// <summary>
    /// Records reports; each takes a few milliseconds (a slow handler makes a report that lands after the result
    /// visible), and notes any report that overlaps another or goes backwards.
    /// </summary>
    private sealed class Recorder : IProgress<int>
    {
        private readonly List<int> _reports = [];
        private int _inside;

        public bool Overlapped { get; private set; }

        public int[] Reports
        {
            get
            {
                lock (_reports)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(int value)
        {
            if (Interlocked.Increment(ref _inside) != 1)
            {
                Overlapped = true;
            }

            Thread.Sleep(5);
            lock (_reports)
            {
                _reports.Add(value);
            }

            Interlocked.Decrement(ref _inside);
        }
    }

    private static void AssertComplete(Recorder recorder)
    {
        var reports = recorder.Reports; // read as soon as the call returned: every report must be in already
        Assert.NotEmpty(reports);
        Assert.Equal(Items.Length, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(reports.Length, reports.Distinct().Count());
        Assert.False(recorder.Overlapped, "two reports ran at once");
    }

    [Fact]
    public async Task MapAsync_reports_in_order_and_the_last_before_the_await_returns()
    {
        using var pool = new ProcessPool(2);
        var recorder = new Recorder();
        var squares = await pool.MapAsync(Workers.Square, Items, chunkSize: 2, progress: recorder);
        AssertComplete(recorder);
        Assert.Equal(Items.Select(x => x * x), squares);
    }

    [Fact]
    public void Map_Imap_and_ImapUnordered_take_a_progress_and_report_everything_before_they_end()
    {
        using var pool = new ProcessPool(2);
        var map = new Recorder();
        Assert.Equal(Items.Select(x => x * x), pool.Map(Workers.Square, Items, chunkSize: 2, progress: map));
        AssertComplete(map);

        var imap = new Recorder();
        Assert.Equal(Items.Select(x => x * x), pool.Imap(Workers.Square, Items, chunkSize: 3, progress: imap).ToList());
        AssertComplete(imap);

        var unordered = new Recorder();
        Assert.Equal(Items.Select(x => x * x).Order(), pool.ImapUnordered(Workers.Square, Items.Select(x => x), chunkSize: 3, progress: unordered).Order().ToList());
        AssertComplete(unordered);
    }

    [Fact]
    public async Task ImapAsync_and_ImapUnorderedAsync_take_a_progress()
    {
        using var pool = new ProcessPool(2);
        var ordered = new Recorder();
        var results = new List<int>();
        await foreach (int value in pool.ImapAsync(Workers.Square, Items, chunkSize: 4, progress: ordered))
        {
            results.Add(value);
        }

        Assert.Equal(Items.Select(x => x * x), results);
        AssertComplete(ordered);

        var unordered = new Recorder();
        results.Clear();
        await foreach (int value in pool.ImapUnorderedAsync(Workers.Square, Items, chunkSize: 4, progress: unordered))
        {
            results.Add(value);
        }

        Assert.Equal(Items.Length, results.Count);
        AssertComplete(unordered);
    }
}
