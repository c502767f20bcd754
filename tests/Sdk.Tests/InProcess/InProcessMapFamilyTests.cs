using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.InProcess;

/// <summary>The generated map family of <see cref="InProcessPool"/>: the same target shapes as ProcessPool's.</summary>
public sealed class InProcessMapFamilyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Async_starmap_and_imap_targets_are_awaited_and_StarmapAsync_calls_its_callbacks()
    {
        await using var pool = new InProcessPool(2);
        Assert.Equal([3, 7], pool.Starmap(Workers.AddLaterAsync, [(1, 2), (3, 4)]));
        Assert.Equal([6], pool.Starmap(MapShapeWorkers.Sum3LaterAsync, [(1, 2, 3)]));
        Assert.Equal([10], pool.Starmap(MapShapeWorkers.Sum4ValueLaterAsync, [(1, 2, 3, 4)]));
        Assert.Equal([0, 1, 8], pool.Map(MapShapeWorkers.CubeLaterAsync, [0, 1, 2]));
        Assert.Equal([0, 1, 4, 9], pool.Imap(Workers.SquareLaterAsync, [0, 1, 2, 3]).ToArray());

        var results = new TaskCompletionSource<int[]>();
        Assert.Equal(new[] { 2, 4 }, await pool.StarmapAsync(Workers.AddLaterAsync, [(1, 1), (2, 2)], callback: r => results.SetResult(r)));
        Assert.Equal(new[] { 2, 4 }, await results.Task.WaitAsync(Patience));

        var failure = new TaskCompletionSource<Exception>();
        var failed = pool.StarmapAsync(MapShapeWorkers.DivideLaterAsync, [(1, 0)], errorCallback: e => failure.SetResult(e));
        var error = await Assert.ThrowsAsync<RemoteProcessException>(async () => await failed);
        Assert.Same(error, await failure.Task.WaitAsync(Patience));
    }
}
