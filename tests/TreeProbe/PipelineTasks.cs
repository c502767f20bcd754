namespace Multiprocessing.TreeProbe;

/// <summary>
/// The pipeline probe's targets, written as an application would: one producer that completes its queue when it stops
/// (no poison pills), consumers that take items with their token and hand each processed item on. Each sets its
/// <c>started</c> event first, so that the probe interrupts a running pipeline, not one whose children are still starting.
/// </summary>
internal static class PipelineTasks
{
    /// <summary>How many items the producer would put if nothing stopped it (far more than a test waits for).</summary>
    public const int Items = 10_000_000;

    /// <summary>
    /// Puts 0, 1, 2, ... until its token is cancelled, then completes the queue; returns how many items it put (an item
    /// whose <c>Put</c> was cancelled is not in the queue, so it is not counted).
    /// </summary>
    [ProcessTarget]
    public static int Produce(ProcessQueue<int> queue, ProcessEvent started, CancellationToken cancellationToken)
    {
        started.Set();
        int produced = 0;
        try
        {
            while (produced < Items)
            {
                queue.Put(produced, cancellationToken);
                produced++;
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop producing; the consumers finish what is in flight.
        }
        finally
        {
            queue.Complete();
        }

        return produced;
    }

    /// <summary>Takes items with <c>Get(token)</c> until the queue is completed (or the token cancelled); returns how many it processed.</summary>
    [ProcessTarget]
    public static int ConsumeWithGet(ProcessQueue<int> queue, ProcessQueue<int> processed, ProcessEvent started, CancellationToken cancellationToken)
    {
        started.Set();
        int count = 0;
        try
        {
            while (true)
            {
                int item = queue.Get(cancellationToken);
                Work();
                processed.Put(item);
                count++;
            }
        }
        catch (QueueCompletedException)
        {
            return count; // the producer completed the queue and it is drained
        }
    }

    /// <summary>Takes items with <c>await foreach</c> over <c>ReadAllAsync(token)</c>; returns how many it processed.</summary>
    [ProcessTarget]
    public static async Task<int> ConsumeWithReadAll(ProcessQueue<int> queue, ProcessQueue<int> processed, ProcessEvent started, CancellationToken cancellationToken)
    {
        started.Set();
        int count = 0;
        await foreach (int item in queue.ReadAllAsync(cancellationToken))
        {
            Work();
            processed.Put(item);
            count++;
        }

        return count;
    }

    /// <summary>A little work per item, so that the queue fills and the producer waits for room.</summary>
    private static void Work() => Thread.SpinWait(2_000);
}
