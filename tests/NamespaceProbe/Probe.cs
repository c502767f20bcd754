using System.Diagnostics;

namespace Multiprocessing.NamespaceProbe;

/// <summary>The probe's commands (see Program.cs).</summary>
internal static class Probe
{
    /// <summary>Attaches to the lock named <paramref name="name"/> and tries to acquire it for <paramref name="timeout"/>.</summary>
    internal static string LockAcquire(string name, TimeSpan timeout)
    {
        using var processLock = ProcessLock.Attach(name);
        try
        {
            if (!processLock.Acquire(timeout: timeout))
            {
                return "timeout";
            }

            processLock.Release();
            return "acquired";
        }
        catch (LockAbandonedException ex)
        {
            processLock.Release();
            return $"abandoned {ex.DeadHolder}";
        }
    }

    /// <summary>Queue, lock and pool traffic for <paramref name="duration"/>, beside the same traffic outside.</summary>
    internal static string Traffic(string queueName, string lockName, string counterName, TimeSpan duration, int poolProcesses)
    {
        using var queue = ProcessQueue<long>.Attach(queueName);
        using var processLock = ProcessLock.Attach(lockName);
        using var counter = SharedValue<long>.Attach(counterName);
        using var pool = new ProcessPool(poolProcesses);
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        long pooled = 0;
        var pooling = Task.Run(() =>
        {
            for (long round = 0; Stopwatch.GetTimestamp() < end; round++)
            {
                var items = Enumerable.Range(0, 16).Select(i => round + i).ToArray();
                var squares = pool.Map(ProbeTargets.Square, items);
                for (int i = 0; i < items.Length; i++)
                {
                    if (squares[i] != items[i] * items[i])
                    {
                        throw new InvalidOperationException($"the pool returned {squares[i]} for the square of {items[i]}");
                    }
                }

                pooled += items.Length;
            }
        });

        long locked = 0;
        var locking = Task.Run(() =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                // A LockAbandonedException here means the lock was stolen from a live holder outside: it escapes.
                if (!processLock.Acquire(timeout: TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException($"lock '{lockName}' stayed held for 30 s");
                }

                try
                {
                    long value = counter.Value;
                    Thread.SpinWait(50);
                    counter.Value = value + 1;
                }
                finally
                {
                    processLock.Release();
                }

                locked++;
            }
        });

        // Puts and gets on the calling thread: negative items, so that the test can tell whose item went where.
        long putCount = 0, putSum = 0, gotCount = 0, gotSum = 0;
        for (long i = 1; Stopwatch.GetTimestamp() < end; i++)
        {
            queue.Put(-i, timeout: TimeSpan.FromSeconds(60));
            putCount++;
            putSum -= i;
            if (queue.TryGet(out long item, TimeSpan.FromMilliseconds(1)))
            {
                gotCount++;
                gotSum += item;
            }
        }

        Task.WaitAll(pooling, locking);
        pool.Close();
        pool.Join();
        return $"put {putCount} {putSum} got {gotCount} {gotSum} locked {locked} pooled {pooled}";
    }
}
