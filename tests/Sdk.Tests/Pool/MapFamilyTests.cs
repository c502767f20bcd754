using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Pool;

/// <summary>
/// The generated map family (eng/gen_overloads.py) in real worker processes: every target shape a batch runner
/// covers is reachable from Map, Starmap and Imap, async targets are awaited in the worker (not returned as tasks),
/// and StarmapAsync has MapAsync's callbacks.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MapFamilyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Starmap_awaits_an_async_two_parameter_target_in_the_worker()
    {
        await using var pool = new ProcessPool(2);
        (int, int)[] pairs = [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)];
        int[] sums = pool.Starmap(Workers.AddLaterAsync, pairs, chunkSize: 2);
        Assert.Equal([3, 7, 11, 15, 19], sums);

        int[] again = await pool.StarmapAsync(Workers.AddLaterAsync, pairs);
        Assert.Equal([3, 7, 11, 15, 19], again);
    }

    [Fact]
    public async Task StarmapAsync_calls_its_callback_and_errorCallback_as_MapAsync_does()
    {
        await using var pool = new ProcessPool(2);
        var results = new TaskCompletionSource<int[]>();
        var done = pool.StarmapAsync(Workers.Add, [(1, 2), (3, 4)], callback: r => results.SetResult(r));
        Assert.Equal(new[] { 3, 7 }, await done);
        Assert.Equal(new[] { 3, 7 }, await results.Task.WaitAsync(Patience));

        var asyncResults = new TaskCompletionSource<int[]>();
        var asyncDone = pool.StarmapAsync(Workers.AddLaterAsync, [(1, 1), (2, 2)], callback: r => asyncResults.SetResult(r));
        Assert.Equal(new[] { 2, 4 }, await asyncDone);
        Assert.Equal(new[] { 2, 4 }, await asyncResults.Task.WaitAsync(Patience));

        var failure = new TaskCompletionSource<Exception>();
        var failed = pool.StarmapAsync(MapShapeWorkers.DivideLaterAsync, [(4, 2), (1, 0)], errorCallback: e => failure.SetResult(e));
        var remote = await Assert.ThrowsAsync<RemoteProcessException>(async () => await failed);
        Assert.Equal("System.DivideByZeroException", remote.RemoteTypeName);
        Assert.Same(remote, await failure.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task Imap_and_its_forms_await_an_async_target_in_the_worker()
    {
        await using var pool = new ProcessPool(2);
        int[] items = [.. Enumerable.Range(0, 20)];
        int[] squares = [.. items.Select(static x => x * x)];

        Assert.Equal(squares, pool.Imap(Workers.SquareLaterAsync, items, chunkSize: 3).ToArray());
        Assert.Equal(squares, pool.ImapUnordered(Workers.SquareLaterAsync, items, chunkSize: 3).Order().ToArray());
        Assert.Equal([0, 1, 8, 27], pool.Imap(MapShapeWorkers.CubeLaterAsync, Lazy(4)).ToArray());

        var ordered = new List<int>();
        await foreach (int value in pool.ImapAsync(Workers.SquareLaterAsync, items, chunkSize: 4))
        {
            ordered.Add(value);
        }

        Assert.Equal(squares, ordered);

        var unordered = new List<int>();
        await foreach (int value in pool.ImapUnorderedAsync(MapShapeWorkers.CubeLaterAsync, Lazy(5)))
        {
            unordered.Add(value);
        }

        Assert.Equal([0, 1, 8, 27, 64], unordered.Order());
    }

    [Fact]
    public async Task Every_batch_runner_shape_is_reachable_from_Map_or_Starmap()
    {
        await using var pool = new ProcessPool(2);

        // One parameter: a value, a Task and a ValueTask.
        Assert.Equal([0, 1, 4], pool.Map(Workers.Square, [0, 1, 2]));
        Assert.Equal([0, 1, 4], pool.Map(Workers.SquareLaterAsync, [0, 1, 2]));
        Assert.Equal([0, 1, 8], pool.Map(MapShapeWorkers.CubeLaterAsync, [0, 1, 2]));
        Assert.Equal(new[] { 8, 27 }, await pool.MapAsync(MapShapeWorkers.CubeLaterAsync, [2, 3]));

        // Two parameters.
        Assert.Equal([3], pool.Starmap(Workers.Add, [(1, 2)]));
        Assert.Equal([3], pool.Starmap(Workers.AddLaterAsync, [(1, 2)]));
        Assert.Equal(["abab", ""], pool.Starmap(MapShapeWorkers.RepeatLaterAsync, [("ab", 2), ("x", 0)]));

        // Three parameters.
        Assert.Equal(["a12"], pool.Starmap(Workers.Join3, [("a", 1, 2.0)]));
        Assert.Equal([6, 15], pool.Starmap(MapShapeWorkers.Sum3LaterAsync, [(1, 2, 3), (4, 5, 6)]));
        Assert.Equal(new[] { 24L }, await pool.StarmapAsync(MapShapeWorkers.Product3LaterAsync, [(2L, 3L, 4L)]));

        // Four parameters.
        Assert.Equal(["a|1|2.5|True"], pool.Starmap(MapShapeWorkers.Join4, [("a", 1, 2.5, true)]));
        Assert.Equal([10], pool.Starmap(MapShapeWorkers.Sum4LaterAsync, [(1, 2, 3, 4)]));
        Assert.Equal(new[] { 26 }, await pool.StarmapAsync(MapShapeWorkers.Sum4ValueLaterAsync, [(5, 6, 7, 8)]));
    }

    [Fact]
    public void Starmap_reports_progress_as_Map_does()
    {
        using var pool = new ProcessPool(2);
        var reports = new List<int>();
        var progress = new OrderedProgress(reports);
        Assert.Equal([3, 7, 11, 15], pool.Starmap(Workers.AddLaterAsync, [(1, 2), (3, 4), (5, 6), (7, 8)], chunkSize: 1, progress: progress));
        Assert.NotEmpty(reports);
        Assert.Equal(4, reports[^1]); // the last report is in before Starmap returns
        Assert.Equal(reports.Order(), reports);
    }

    private static IEnumerable<int> Lazy(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }
    }

    /// <summary>An <see cref="IProgress{T}"/> that records each report where it is made (in order, per the pool's contract).</summary>
    private sealed class OrderedProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
