using Multiprocessing.Marshalling;
using Multiprocessing.Targets;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// A map chunk's item count is checked against its bytes at the fewest bytes an item's arguments encode to, as
/// collections are pre-sized: an async batch runner, which reads every item into an array before its first await,
/// cannot be made to allocate more item slots than the chunk holds bytes; and a raw chunk whose byte size overflows an
/// int is malformed, not a short buffer written past its end.
/// </summary>
public sealed class BatchChunkBoundTests
{
    /// <summary>A chunk that announces one item per byte of its body, and holds <paramref name="bodyBytes"/> zero bytes.</summary>
    private static byte[] Chunk(int count, int bodyBytes)
    {
        var writer = new MarshalWriter(sizeof(int) + bodyBytes);
        writer.WriteLengthHeader(count);
        writer.WriteRaw(new byte[bodyBytes]);
        return writer.WrittenSpan.ToArray();
    }

    private static long AllocatedByRun(BatchRunner runner, byte[] chunk, out Exception? error)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        ValueTask run;
        try
        {
            run = runner.RunAsync(chunk, new MarshalWriter(), null); // reads (and fails) before its first await
        }
        catch (MarshalException ex)
        {
            error = ex;
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        error = run.IsFaulted ? run.AsTask().Exception!.InnerException : null;
        return allocated;
    }

    [Fact]
    public void An_async_map_chunk_announcing_more_items_than_it_holds_fails_before_allocating_them()
    {
        const int Count = 1_000_000; // 1 MB of body: enough for 1 byte an item, not for the 8 a long takes
        var runner = new TaskBatchRunner<long, int>(x => Task.FromResult(0));
        var chunk = Chunk(Count, Count);
        AllocatedByRun(runner, chunk, out _); // JIT and type loading out of the way

        long allocated = AllocatedByRun(runner, chunk, out var error);

        Assert.IsType<MarshalException>(error);
        Assert.True(allocated < chunk.Length, $"a {chunk.Length:N0}-byte chunk made the runner allocate {allocated:N0} bytes (an item array of {Count:N0} longs is {Count * 8L:N0})");
    }

    [Fact]
    public void An_async_starmap_chunk_is_bounded_by_all_of_an_items_arguments()
    {
        const int Count = 200_000; // 16 bytes a (long, long) item: 3.2 MB of item array for 200 KB
        var runner = new ValueTaskBatchRunner<long, long, int>((a, b) => ValueTask.FromResult(0));
        var chunk = Chunk(Count, Count * 4); // enough for 4 bytes an item
        AllocatedByRun(runner, chunk, out _);

        long allocated = AllocatedByRun(runner, chunk, out var error);

        Assert.IsType<MarshalException>(error);
        Assert.True(allocated < chunk.Length, $"a {chunk.Length:N0}-byte chunk made the runner allocate {allocated:N0} bytes");
    }

    [Fact]
    public void A_raw_chunk_whose_results_overflow_an_int_of_bytes_is_malformed()
    {
        // 1,048,577 one-byte items whose 4 KiB results are 0x1_0000_1000 bytes: as an int, 4096. Written in place into a
        // 4096-byte span of 1,048,577 results, that was a write far past the results buffer.
        const int Count = 0x10_0001;
        var runner = new SyncBatchRunner<byte, Page4K>(b => default);

        var error = Assert.Throws<MarshalException>(() => runner.RunAsync(Chunk(Count, Count), new MarshalWriter(), null));
        Assert.Contains("2 GiB", error.Message);
    }
}
