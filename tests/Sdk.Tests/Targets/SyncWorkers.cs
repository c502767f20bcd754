using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the synchronization tests: they run in real child processes and race with each other.</summary>
public static class SyncWorkers
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

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

    /// <summary>Increments under the lock that lives in the shared value itself (Python's <c>get_lock()</c>).</summary>
    [ProcessTarget]
    public static bool IncrementWithGetLock(SharedValue<long> counter, int times, SharedArray<long> startLine)
    {
        StartTogether(startLine);
        var valueLock = counter.GetLock();
        for (int i = 0; i < times; i++)
        {
            using (valueLock.Lock())
            {
                RacyIncrement(counter);
            }
        }

        return counter.HasLock;
    }

    /// <summary>
    /// Takes the re-entrant lock <paramref name="depth"/> times, writes its liveness token to <paramref name="path"/>.token,
    /// then its pid to <paramref name="path"/>, and keeps it until killed.
    /// </summary>
    [ProcessTarget]
    public static void HoldRLock(ProcessRLock rlock, string path, int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            rlock.Acquire();
        }

        ChildWait.WriteTokenFile(path);
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

    /// <summary>Enters the semaphore <paramref name="rounds"/> times, recording how many processes are inside at once.</summary>
    /// <remarks>stats: [0] ready, [1] go, [2] inside now, [3] most inside at once, [4] entries.</remarks>
    [ProcessTarget]
    public static void UseSemaphore(ProcessSemaphore semaphore, SharedArray<long> stats, int rounds, int holdMs)
    {
        StartTogether(stats);
        for (int i = 0; i < rounds; i++)
        {
            using (semaphore.Enter())
            {
                long inside = Interlocked.Increment(ref stats[2]);
                long most = Volatile.Read(ref stats[3]);
                while (inside > most && Interlocked.CompareExchange(ref stats[3], inside, most) != most)
                {
                    most = Volatile.Read(ref stats[3]);
                }

                Thread.Sleep(holdMs);
                Interlocked.Decrement(ref stats[2]);
                Interlocked.Increment(ref stats[4]);
            }
        }
    }

    /// <summary>Releases the semaphore <paramref name="count"/> units; returns "ok" or the exception's type and kind.</summary>
    [ProcessTarget]
    public static string ReleaseSemaphore(ProcessSemaphore semaphore, int count)
    {
        try
        {
            semaphore.Release(count);
            return $"ok {semaphore.GetType().Name}";
        }
        catch (SemaphoreFullException)
        {
            return $"SemaphoreFullException {semaphore.GetType().Name}";
        }
    }

    /// <summary>Takes a unit, writes its pid to <paramref name="path"/>, and keeps the unit until killed.</summary>
    [ProcessTarget]
    public static void HoldSemaphore(ProcessSemaphore semaphore, string path)
    {
        semaphore.Acquire();
        File.WriteAllText(path, Environment.ProcessId.ToString());
        Thread.Sleep(600_000);
    }

    /// <summary>Waits for a unit for at most <paramref name="milliseconds"/>; returns whether it got one (and gives it back).</summary>
    [ProcessTarget]
    public static bool AcquireSemaphoreWithin(ProcessSemaphore semaphore, int milliseconds)
    {
        if (!semaphore.Acquire(timeout: TimeSpan.FromMilliseconds(milliseconds)))
        {
            return false;
        }

        semaphore.Release();
        return true;
    }

    /// <summary>Waits for the event for at most <paramref name="milliseconds"/> (-1: forever); returns Wait's result and the pid.</summary>
    [ProcessTarget]
    public static string WaitForEvent(ProcessEvent processEvent, int milliseconds) =>
        $"{processEvent.Wait(milliseconds < 0 ? null : TimeSpan.FromMilliseconds(milliseconds))} {Environment.ProcessId}";

    /// <summary>Sets the event.</summary>
    [ProcessTarget]
    public static void SetEvent(ProcessEvent processEvent) => processEvent.Set();

    /// <summary>Waits on the condition (holding its lock) for at most <paramref name="milliseconds"/>; counts itself in woken[0] after.</summary>
    [ProcessTarget]
    public static bool WaitOnCondition(ProcessCondition condition, SharedArray<long> woken, int milliseconds)
    {
        using (condition.Lock())
        {
            bool notified = condition.Wait(TimeSpan.FromMilliseconds(milliseconds));
            if (!condition.IsHeldByCurrentThread)
            {
                throw new InvalidOperationException("Wait returned without the lock");
            }

            Interlocked.Increment(ref woken[0]);
            return notified;
        }
    }

    /// <summary>Adds one to <paramref name="value"/> under the condition's lock and notifies every waiter.</summary>
    [ProcessTarget]
    public static void IncrementAndNotifyAll(ProcessCondition condition, SharedValue<long> value)
    {
        using (condition.Lock())
        {
            value.Value += 1;
            condition.NotifyAll();
        }
    }

    /// <summary>Waits (WaitFor) until <paramref name="value"/> reaches <paramref name="target"/>; returns the predicate's result.</summary>
    [ProcessTarget]
    public static bool WaitForValue(ProcessCondition condition, SharedValue<long> value, long target, int milliseconds)
    {
        using (condition.Lock())
        {
            return condition.WaitFor(() => value.Value >= target, TimeSpan.FromMilliseconds(milliseconds));
        }
    }

    /// <summary>
    /// Goes through the barrier <paramref name="rounds"/> times; before each wait it counts itself in arrived[round],
    /// after it checks that every party had arrived. Returns the arrival indices, or where it passed too early.
    /// </summary>
    [ProcessTarget]
    public static string BarrierRounds(ProcessBarrier barrier, SharedArray<long> arrived, int rounds)
    {
        var indices = new List<int>();
        for (int round = 0; round < rounds; round++)
        {
            Interlocked.Increment(ref arrived[round]);
            indices.Add(barrier.Wait(Patience));
            long seen = Volatile.Read(ref arrived[round]);
            if (seen < barrier.Parties)
            {
                return $"passed round {round} with {seen} of {barrier.Parties} arrived";
            }
        }

        return string.Join(",", indices);
    }

    /// <summary>Waits at the barrier once; returns "passed N" or "broken".</summary>
    [ProcessTarget]
    public static string WaitAtBarrier(ProcessBarrier barrier, int milliseconds)
    {
        try
        {
            return $"passed {barrier.Wait(milliseconds < 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(milliseconds))}";
        }
        catch (BrokenBarrierException)
        {
            return "broken";
        }
    }
}
