using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workload 11 of tests/Benchmarks/python/README.md: summing a shared array of 10 M doubles in 2 children.</summary>
internal static class SharedMemoryBenchmarks
{
    public static IEnumerable<Figure> SharedArraySum(bool quick)
    {
        const int n = 10_000_000;
        int reps = quick ? 2 : 5;
        using var array = SharedArray<double>.Create(n);
        long t0 = Stopwatch.GetTimestamp();
        var span = array.Span;
        for (int i = 0; i < n; i++)
        {
            span[i] = i;
        }

        double fill = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        double expected = (double)n * (n - 1) / 2;
        var serial = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            t0 = Stopwatch.GetTimestamp();
            double sum = BenchmarkTargets.Sum(array.Span);
            serial.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
            Check(sum == expected, "serial sum");
        }

        var total = new List<double>();
        var compute = new List<double>();
        const int half = n / 2;
        for (int rep = 0; rep < reps; rep++)
        {
            using var control = SharedArray<long>.Create(3); // ready, go, done
            using var sums = SharedArray<double>.Create(2);
            var children = new[]
            {
                ChildProcess.Create(BenchmarkTargets.SumSlice, (array, 0, half, control, sums, 0)),
                ChildProcess.Create(BenchmarkTargets.SumSlice, (array, half, n, control, sums, 1)),
            };
            long start = Stopwatch.GetTimestamp();
            foreach (var child in children)
            {
                child.Start();
            }

            WaitUntil(control, 0, 2); // both ready
            long go = Stopwatch.GetTimestamp();
            Interlocked.Exchange(ref control[1], 1);
            WaitUntil(control, 2, 2); // both partial sums handed back
            double result = sums[0] + sums[1];
            long end = Stopwatch.GetTimestamp();
            foreach (var child in children)
            {
                Check(child.Join(TimeSpan.FromSeconds(60)) && child.ExitCode == 0, "child exit");
                child.Dispose();
            }

            Check(result == expected, "parallel sum");
            total.Add(Stopwatch.GetElapsedTime(start, end).TotalSeconds);
            compute.Add(Stopwatch.GetElapsedTime(go, end).TotalSeconds);
        }

        double ms = Figure.Median(serial), mc = Figure.Median(compute), mt = Figure.Median(total);
        yield return Figure.Of("shared_array_sum.serial", serial, "s", false, ("N", n), ("procs", 0), ("what", "sum over the shared array in the parent"));
        yield return Figure.Of("shared_array_sum.parallel_compute", compute, "s", false, ("N", n), ("procs", 2), ("what", "go -> both partial sums received"));
        yield return Figure.Of("shared_array_sum.parallel_total", total, "s", false, ("N", n), ("procs", 2), ("what", "incl. starting 2 children"));
        yield return Figure.Of("shared_array_sum.speedup_compute", [ms / mc], "x", true, ("derived", true));
        yield return Figure.Of("shared_array_sum.speedup_total", [ms / mt], "x", true, ("derived", true));
        yield return Figure.Of("shared_array_sum.fill", [fill], "s", false, ("N", n), ("what", "parent fill (info only)"));
    }

    /// <summary>
    /// Workload 9: two children take a shared lock 100,000 times each around a non-atomic increment; get_lock uses the
    /// value's own lock (a ProcessRLock in its memory, like CPython's synchronized Value), raw_lock a separate ProcessLock.
    /// </summary>
    public static IEnumerable<Figure> LockContention(bool quick)
    {
        const int times = 100_000;
        int reps = quick ? 2 : 5;
        foreach (string label in new[] { "get_lock", "raw_lock" })
        {
            var rates = new List<double>();
            for (int rep = 0; rep < reps; rep++)
            {
                using var processLock = label == "raw_lock" ? ProcessLock.Create() : null;
                using var value = SharedValue<int>.Create(0, withLock: label == "get_lock");
                using var control = SharedArray<long>.Create(3); // ready, go, done
                var children = Enumerable.Range(0, 2)
                    .Select(_ => processLock is null
                        ? ChildProcess.Create(BenchmarkTargets.GetLockWorker, (value, times, control))
                        : ChildProcess.Create(BenchmarkTargets.LockWorker, (processLock, value, times, control)))
                    .ToList();
                foreach (var child in children)
                {
                    child.Start();
                }

                WaitUntil(control, 0, 2);
                long go = Stopwatch.GetTimestamp();
                Interlocked.Exchange(ref control[1], 1);
                WaitUntil(control, 2, 2);
                double seconds = Stopwatch.GetElapsedTime(go).TotalSeconds;
                foreach (var child in children)
                {
                    Check(child.Join(TimeSpan.FromSeconds(60)) && child.ExitCode == 0, "child exit");
                    child.Dispose();
                }

                Check(value.Value == 2 * times, $"{label} total {value.Value} == {2 * times}");
                rates.Add(2 * times / seconds);
            }

            string what = label == "get_lock"
                ? "SharedValue<int>.Create(0, withLock: true): using (v.GetLock().Lock()) v.Value += 1"
                : "ProcessLock + SharedValue<int>: using (lock.Lock()) value.Value += 1";
            yield return Figure.Of($"lock_contention.{label}", rates, "ops/s", true, ("procs", 2), ("ops_per_proc", times), ("final_exact", true), ("reps", reps), ("what", what));
        }
    }

    /// <summary>
    /// An SDK figure (no CPython counterpart): what creating and disposing a <see cref="ProcessLock"/> costs with 10 and
    /// with 15,000 other live segments in the directory, and how many file descriptors those segments hold. Creation
    /// scans nothing and keeps no descriptor, so the two costs match and the descriptors do not grow.
    /// </summary>
    public static IEnumerable<Figure> LockCreate(bool quick)
    {
        int reps = quick ? 200 : 2000;
        foreach (int live in new[] { 10, 15_000 })
        {
            int fdsBefore = Directory.GetFiles("/proc/self/fd").Length;
            var others = new List<ProcessLock>(live);
            try
            {
                for (int i = 0; i < live; i++)
                {
                    others.Add(ProcessLock.Create());
                }

                int fds = Directory.GetFiles("/proc/self/fd").Length - fdsBefore;
                var samples = new List<double>();
                for (int i = 0; i < reps; i++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    ProcessLock.Create().Dispose();
                    samples.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
                }

                Check(fds < 16, $"{fds} descriptors held by {live} segments");
                yield return Figure.Of($"lock_create.live_{live}", samples, "us", false, ("live_segments", live), ("fds_held", fds), ("what", "ProcessLock.Create + Dispose"));
            }
            finally
            {
                others.ForEach(l => l.Dispose());
            }
        }
    }

    private static void WaitUntil(SharedArray<long> control, int index, long value)
    {
        var spin = new SpinWait();
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (Volatile.Read(ref control[index]) < value)
        {
            Check(Stopwatch.GetTimestamp() < deadline, "children answered within 60 s");
            spin.SpinOnce();
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }
}
