namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the synchronization tests: they run in real child processes and race with each other.</summary>
public static class SyncWorkers
{
    /// <summary>Waits at a start line (startLine[0]: ready count, startLine[1]: go) so that the children really race.</summary>
    private static void StartTogether(SharedArray<long> startLine)
    {
        Interlocked.Increment(ref startLine[0]);
        while (Volatile.Read(ref startLine[1]) == 0)
        {
            Thread.SpinWait(100);
        }
    }

    /// <summary>A racy read-modify-write of <paramref name="counter"/>: loses updates unless a lock excludes the others.</summary>
    public static void RacyIncrement(SharedValue<long> counter)
    {
        long value = counter.Value;
        Thread.SpinWait(100);
        counter.Value = value + 1;
    }

    /// <summary>Increments under the re-entrant lock, entered twice per increment.</summary>
    [ProcessTarget]
    public static int IncrementUnderRLock(ProcessRLock rlock, SharedValue<long> counter, int times, SharedArray<long> startLine)
    {
        StartTogether(startLine);
        int deepest = 0;
        for (int i = 0; i < times; i++)
        {
            using (rlock.Lock())
            {
                using (rlock.Lock())
                {
                    deepest = Math.Max(deepest, rlock.RecursionCount);
                    RacyIncrement(counter);
                }
            }
        }

        return deepest;
    }

    /// <summary>Takes the re-entrant lock <paramref name="depth"/> times, writes its pid to <paramref name="path"/>, and keeps it until killed.</summary>
    [ProcessTarget]
    public static void HoldRLock(ProcessRLock rlock, string path, int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            rlock.Acquire();
        }

        File.WriteAllText(path, Environment.ProcessId.ToString());
        Thread.Sleep(600_000);
    }

    /// <summary>Tries to release a lock this process does not hold; returns what happened.</summary>
    [ProcessTarget]
    public static string ReleaseRLockNotHeld(ProcessRLock rlock)
    {
        try
        {
            rlock.Release();
            return "released";
        }
        catch (SynchronizationLockException)
        {
            return $"SynchronizationLockException held={rlock.IsHeldByCurrentThread}";
        }
    }
}
