namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the queue-completion tests: producers that complete a queue, consumers that drain one.</summary>
public static class CompletionWorkers
{
    /// <summary>Puts <paramref name="count"/> items from <paramref name="from"/> on, then completes the queue (no poison pills).</summary>
    [ProcessTarget]
    public static void ProduceThenComplete(ProcessQueue<int> queue, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            queue.Put(i);
        }

        queue.Complete();
    }

    /// <summary>Takes items until the queue is completed and drained, handing each on with this pid; returns how many.</summary>
    [ProcessTarget]
    public static int ConsumeUntilCompleted(ProcessQueue<int> queue, ProcessQueue<(int Pid, int Item)> results)
    {
        int taken = 0;
        while (queue.TryGet(out int item))
        {
            results.Put((Environment.ProcessId, item));
            taken++;
        }

        return taken;
    }

    /// <summary>Like <see cref="ConsumeUntilCompleted"/>, with await foreach over ReadAllAsync.</summary>
    [ProcessTarget]
    public static async Task<int> ReadAllUntilCompleted(ProcessQueue<int> queue, ProcessQueue<(int Pid, int Item)> results)
    {
        int taken = 0;
        await foreach (int item in queue.ReadAllAsync())
        {
            results.Put((Environment.ProcessId, item));
            taken++;
        }

        return taken;
    }

    /// <summary>Puts one item, writes its pid, then hangs (to be killed).</summary>
    [ProcessTarget]
    public static void PutOneThenHang(ProcessQueue<int> queue, string pidFile)
    {
        queue.Put(1);
        File.WriteAllText(pidFile, Environment.ProcessId.ToString());
        Thread.Sleep(Timeout.Infinite);
    }

    /// <summary>Puts one item and returns normally, without completing the queue.</summary>
    [ProcessTarget]
    public static void PutOneAndExit(ProcessQueue<int> queue) => queue.Put(1);

    /// <summary>Sends <paramref name="count"/> values on a pipe end, then exits (which closes the end).</summary>
    [ProcessTarget]
    public static void SendThenExit(Connection<int> end, int count)
    {
        for (int i = 0; i < count; i++)
        {
            end.Send(i);
        }
    }
}
