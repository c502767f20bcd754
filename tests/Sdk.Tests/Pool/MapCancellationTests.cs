using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Pool;

/// <summary>
/// The caller's token cancels the running chunks of a map whose target takes a <see cref="CancellationToken"/>, in
/// their workers, which stay alive and take the next task (issue 15, item 1).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MapCancellationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static ProcessPoolOptions Options(int processes) => new() { Processes = processes, CancellationGracePeriod = Timeout.InfiniteTimeSpan };

    [Fact]
    public async Task Cancelling_MapAsync_cancels_the_running_chunk_drops_the_queued_ones_and_the_worker_is_reused()
    {
        await using var pool = new ProcessPool(Options(1));
        int pid = pool.Apply(Workers.Pid);
        using var items = new ItemEvents(3);
        using var cts = new CancellationTokenSource();
        var result = pool.MapAsync(CancellationWorkers.HonourItem, items.Names, chunkSize: 1, cancellationToken: cts.Token);
        Assert.True(items.Started[0].Wait(Patience), "the first chunk never started");

        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => result.WaitAsync(Patience));
        Assert.True(items.Cancelled[0].Wait(Patience), "the running chunk's token was never cancelled in its worker");

        // The target honoured its token: the same worker, alive, takes the next task; the queued chunks never ran.
        Assert.Equal(pid, pool.Apply(Workers.Pid));
        Assert.Equal([pid], pool.WorkerPids);
        Assert.False(items.Started[1].IsSet || items.Started[2].IsSet, "a chunk queued behind the cancelled one ran anyway");
    }

    [Fact]
    public async Task Cancelling_Imap_cancels_every_running_chunk_in_every_worker()
    {
        await using var pool = new ProcessPool(Options(2));
        Assert.Equal(2, pool.Map(CancellationWorkers.TokenItem, [1, 2], chunkSize: 1).Length); // both workers up
        var pids = pool.WorkerPids.Order().ToArray();
        using var items = new ItemEvents(2);
        using var cts = new CancellationTokenSource();
        var consumer = Task.Run(() => pool.Imap(CancellationWorkers.HonourItem, items.Names, cancellationToken: cts.Token).ToList());
        Assert.True(items.Started[0].Wait(Patience) && items.Started[1].Wait(Patience), "the two chunks never ran side by side");

        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumer.WaitAsync(Patience));
        Assert.True(items.Cancelled[0].Wait(Patience) && items.Cancelled[1].Wait(Patience), "a running chunk's token was never cancelled");
        Assert.Equal(4, pool.Map(CancellationWorkers.TokenItem, [1, 2, 3, 4], chunkSize: 1).Length);
        Assert.Equal(pids, pool.WorkerPids.Order().ToArray());
    }

    [Fact]
    public async Task Cancelling_a_blocking_Map_of_an_async_target_cancels_its_running_chunk()
    {
        await using var pool = new ProcessPool(Options(1));
        int pid = pool.Apply(Workers.Pid);
        using var items = new ItemEvents(2);
        using var cts = new CancellationTokenSource();
        var caller = Task.Run(() => pool.Map(CancellationWorkers.HonourItemAsync, items.Names, chunkSize: 1, cancellationToken: cts.Token));
        Assert.True(items.Started[0].Wait(Patience), "the first chunk never started");

        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => caller.WaitAsync(Patience));
        Assert.True(items.Cancelled[0].Wait(Patience), "the running chunk's token was never cancelled in its worker");
        Assert.Equal(pid, pool.Apply(Workers.Pid));
    }

    [Fact]
    public async Task Cancelling_ImapUnorderedAsync_cancels_the_running_chunk()
    {
        await using var pool = new ProcessPool(Options(1));
        int pid = pool.Apply(Workers.Pid);
        using var items = new ItemEvents(1);
        using var cts = new CancellationTokenSource();
        var consumer = Task.Run(async () =>
        {
            await foreach (var _ in pool.ImapUnorderedAsync(CancellationWorkers.HonourItem, items.Names, cancellationToken: cts.Token))
            {
            }
        });
        Assert.True(items.Started[0].Wait(Patience), "the chunk never started");

        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumer.WaitAsync(Patience));
        Assert.True(items.Cancelled[0].Wait(Patience), "the running chunk's token was never cancelled in its worker");
        Assert.Equal(pid, pool.Apply(Workers.Pid));
    }

    [Fact]
    public void A_mapped_target_receives_its_chunks_token_and_only_the_items_travel()
    {
        using var pool = new ProcessPool(1);
        Assert.Equal([1001, 1002, 1003], pool.Map(CancellationWorkers.TokenItem, [1, 2, 3]));
        Assert.Equal([1001, 1002], pool.ImapUnordered(CancellationWorkers.TokenItem, [1, 2]).Order());
    }

    /// <summary>A started and a cancelled event per item; each item is the two events' names.</summary>
    private sealed class ItemEvents : IDisposable
    {
        public ItemEvents(int count)
        {
            Started = [.. Enumerable.Range(0, count).Select(_ => ProcessEvent.Create())];
            Cancelled = [.. Enumerable.Range(0, count).Select(_ => ProcessEvent.Create())];
            Names = [.. Enumerable.Range(0, count).Select(i => Started[i].Name + " " + Cancelled[i].Name)];
        }

        public ProcessEvent[] Started { get; }

        public ProcessEvent[] Cancelled { get; }

        public string[] Names { get; }

        public void Dispose()
        {
            foreach (var e in Started.Concat(Cancelled))
            {
                e.Dispose();
            }
        }
    }
}
