using Multiprocessing;

namespace Samples.Sync;

/// <summary>The targets of the Sync sample.</summary>
internal static class Tasks
{
    /// <summary>1. Adds 1 to the counter <paramref name="times"/> times; the lock makes each read-add-write whole.</summary>
    [ProcessTarget]
    public static int CountUnderLock(ProcessLock counterLock, SharedValue<int> counter, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (counterLock.Lock())
            {
                counter.Value += 1; // a read and a write: without the lock, two processes would lose updates
            }
        }

        return Environment.ProcessId;
    }

    /// <summary>2. Takes the re-entrant lock, then calls a helper that takes it again.</summary>
    [ProcessTarget]
    public static string Transfer(ProcessRLock accountLock, SharedValue<int> balance)
    {
        using (accountLock.Lock())
        {
            int depth = Deposit(accountLock, balance, 10);
            Deposit(accountLock, balance, 5);
            return $"pid {Environment.ProcessId} re-entered the RLock (depth {depth} inside Deposit)";
        }
    }

    private static int Deposit(ProcessRLock accountLock, SharedValue<int> balance, int amount)
    {
        using (accountLock.Lock()) // the same thread holds it already: a ProcessLock would refuse, an RLock re-enters
        {
            balance.Value += amount;
            return accountLock.RecursionCount;
        }
    }

    /// <summary>3. Counts itself as ready, then waits for the event.</summary>
    [ProcessTarget]
    public static void WaitForStart(ProcessEvent start, SharedValue<int> ready)
    {
        ready.Add(1);
        bool released = start.Wait(TimeSpan.FromMinutes(1));
        Console.WriteLine($"3. pid {Environment.ProcessId} released by the event: {released}");
    }

    /// <summary>4. Waits for the go event, then works inside the semaphore, recording how many are inside at once.</summary>
    /// <remarks>stats: [0] inside now, [1] most inside at once.</remarks>
    [ProcessTarget]
    public static void Work(ProcessSemaphore slots, ProcessEvent go, SharedArray<int> stats)
    {
        go.Wait(TimeSpan.FromMinutes(1));
        using (slots.Enter())
        {
            int inside = Interlocked.Increment(ref stats[0]);
            int most = Volatile.Read(ref stats[1]);
            while (inside > most && Interlocked.CompareExchange(ref stats[1], inside, most) != most)
            {
                most = Volatile.Read(ref stats[1]);
            }

            Console.WriteLine($"4. pid {Environment.ProcessId} working, {inside} inside");
            Thread.Sleep(300);
            Interlocked.Decrement(ref stats[0]);
        }
    }
}
