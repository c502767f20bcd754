namespace Multiprocessing.Benchmarks;

/// <summary>The targets the benchmark children run (CPython's noop, _idle, ...).</summary>
internal static class BenchmarkTargets
{
    /// <summary>Python's <c>noop</c>.</summary>
    [ProcessTarget]
    public static void Noop()
    {
    }

    /// <summary>
    /// Python's <c>_idle</c>: say "ready", then block until told to stop. Until the Pipe type exists, the two
    /// signals travel through named FIFOs made by the parent.
    /// </summary>
    [ProcessTarget]
    public static void Idle(string readyFifo, string stopFifo)
    {
        using (var ready = new FileStream(readyFifo, FileMode.Open, FileAccess.Write))
        {
            ready.WriteByte(1);
        }

        using var stop = new FileStream(stopFifo, FileMode.Open, FileAccess.Read);
        _ = stop.ReadByte();
    }

    /// <summary>Python's <c>square</c>.</summary>
    [ProcessTarget]
    public static int Square(int x) => x * x;

    /// <summary>Python's <c>square</c> over range(1_000_000): the squares need 64 bits (Python's ints are unbounded).</summary>
    [ProcessTarget]
    public static long SquareLong(int x) => (long)x * x;

    /// <summary>Python's <c>count_primes_below</c>: naive trial division; 2262 for 20,000.</summary>
    [ProcessTarget]
    public static int CountPrimesBelow(int n)
    {
        int count = 0;
        for (int k = 2; k < n; k++)
        {
            int d = 2;
            bool prime = true;
            while (d * d <= k)
            {
                if (k % d == 0)
                {
                    prime = false;
                    break;
                }

                d++;
            }

            if (prime)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Python's <c>_pool_init(barrier)</c>: remembers the barrier (a folder, until ProcessBarrier exists).</summary>
    [ProcessTarget]
    public static void StoreBarrier(string folder, int parties)
    {
        s_barrierFolder = folder;
        s_barrierParties = parties;
    }

    /// <summary>Python's <c>_barrier_pid</c>: waits until every party has arrived, then returns the pid.</summary>
    [ProcessTarget]
    public static int BarrierPid()
    {
        string folder = s_barrierFolder ?? throw new InvalidOperationException("StoreBarrier did not run");
        File.WriteAllText(Path.Combine(folder, Environment.ProcessId.ToString()), "");
        var spin = new SpinWait();
        while (Directory.GetFiles(folder).Length < s_barrierParties)
        {
            spin.SpinOnce();
        }

        return Environment.ProcessId;
    }

    /// <summary>
    /// Python's <c>_sum_slice</c>: announce ready, wait for go, sum the doubles [lo, hi) of the shared array and hand the
    /// partial sum back. The handshake uses a shared control array (ready, go, done) until ProcessEvent and Pipe exist.
    /// </summary>
    [ProcessTarget]
    public static void SumSlice(SharedArray<double> array, int lo, int hi, SharedArray<long> control, SharedArray<double> sums, int slot)
    {
        Interlocked.Increment(ref control[0]);
        var spin = new SpinWait();
        while (Volatile.Read(ref control[1]) == 0)
        {
            spin.SpinOnce();
        }

        sums[slot] = Sum(array.Span[lo..hi]);
        Interlocked.Increment(ref control[2]);
    }

    /// <summary>Python's <c>_lock_worker_raw</c>: after go, <paramref name="times"/> x (lock; value += 1; unlock).</summary>
    [ProcessTarget]
    public static void LockWorker(ProcessLock processLock, SharedValue<int> value, int times, SharedArray<long> control)
    {
        Interlocked.Increment(ref control[0]);
        var spin = new SpinWait();
        while (Volatile.Read(ref control[1]) == 0)
        {
            spin.SpinOnce();
        }

        for (int i = 0; i < times; i++)
        {
            using (processLock.Lock())
            {
                value.Value += 1;
            }
        }

        Interlocked.Increment(ref control[2]);
    }

    /// <summary>
    /// Python's <c>_lock_worker_getlock</c>: after go, <paramref name="times"/> x (the value's own lock; value += 1;
    /// unlock). The lock is a ProcessRLock in the value's memory, as CPython's default RLock is.
    /// </summary>
    [ProcessTarget]
    public static void GetLockWorker(SharedValue<int> value, int times, SharedArray<long> control)
    {
        Interlocked.Increment(ref control[0]);
        var spin = new SpinWait();
        while (Volatile.Read(ref control[1]) == 0)
        {
            spin.SpinOnce();
        }

        var valueLock = value.GetLock();
        for (int i = 0; i < times; i++)
        {
            using (valueLock.Lock())
            {
                value.Value += 1;
            }
        }

        Interlocked.Increment(ref control[2]);
    }

    /// <summary>Sums doubles in order (exact for these integers). Optimized at once: a child runs it once, cold.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>Sleeps (to be killed while it holds the task).</summary>
    [ProcessTarget]
    public static int BarrierPidOrSleep(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return Environment.ProcessId;
    }

    private static string? s_barrierFolder;
    private static int s_barrierParties;

    /// <summary>
    /// Python's <c>_mgr_worker</c>: after go, d[i] = i for i in range(n), then read and check every d[i]; the two phases
    /// are timed here and handed back with the check through a shared array.
    /// </summary>
    [ProcessTarget]
    public static void ManagerWorker(ManagedDictionary<int, int> dictionary, int n, SharedArray<long> control, SharedArray<double> results)
    {
        Interlocked.Increment(ref control[0]);
        var spin = new SpinWait();
        while (Volatile.Read(ref control[1]) == 0)
        {
            spin.SpinOnce();
        }

        long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        for (int i = 0; i < n; i++)
        {
            dictionary[i] = i;
        }

        long t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        bool ok = true;
        for (int i = 0; i < n; i++)
        {
            if (dictionary[i] != i)
            {
                ok = false;
            }
        }

        long t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        results[0] = System.Diagnostics.Stopwatch.GetElapsedTime(t0, t1).TotalSeconds;
        results[1] = System.Diagnostics.Stopwatch.GetElapsedTime(t1, t2).TotalSeconds;
        results[2] = ok ? 1 : 0;
        Interlocked.Increment(ref control[2]);
    }
}
