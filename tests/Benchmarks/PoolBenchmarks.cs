using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workloads 2-5 of tests/Benchmarks/python/README.md (pool start-up, apply round trip, map throughput, CPU scaling) and pool_crash_recovery.</summary>
internal static class PoolBenchmarks
{
    private const int Limit = 20_000;
    private const int Tasks = 64;

    /// <summary>Python's <c>_warm_pool</c>: a pool whose workers have all provably answered one task.</summary>
    internal static ProcessPool WarmPool(int processes, StartMethod? startMethod = null)
    {
        string barrier = Directory.CreateTempSubdirectory("mp-barrier-").FullName;
        try
        {
            var pool = new ProcessPool(new ProcessPoolOptions { Processes = processes, StartMethod = startMethod }.WithInitializer(BenchmarkTargets.StoreBarrier, (barrier, processes)));
            var pids = Enumerable.Range(0, processes).Select(_ => pool.ApplyAsync(BenchmarkTargets.BarrierPid)).ToList().Select(r => r.Get(TimeSpan.FromSeconds(60))).ToHashSet();
            Check(pids.Count == processes, $"warm-up reached {pids.Count} of {processes} workers");
            return pool;
        }
        finally
        {
            Directory.Delete(barrier, recursive: true);
        }
    }

    public static IEnumerable<Figure> PoolStartup(bool quick)
    {
        int reps = quick ? 3 : 7;
        var both = new List<double>();
        var ctor = new List<double>();
        var teardown = new List<double>();
        var first = new List<double>();
        for (int i = 0; i < reps; i++)
        {
            string barrier = Directory.CreateTempSubdirectory("mp-barrier-").FullName;
            try
            {
                var options = new ProcessPoolOptions { Processes = 2 }.WithInitializer(BenchmarkTargets.StoreBarrier, (barrier, 2));
                long t0 = Stopwatch.GetTimestamp();
                var pool = new ProcessPool(options);
                long t1 = Stopwatch.GetTimestamp();
                var results = new[] { pool.ApplyAsync(BenchmarkTargets.BarrierPid), pool.ApplyAsync(BenchmarkTargets.BarrierPid) };
                var pids = results.Select(r => r.Get(TimeSpan.FromSeconds(60))).ToHashSet();
                long t2 = Stopwatch.GetTimestamp();
                Check(pids.Count == 2, "both workers must answer");
                pool.Close();
                pool.Join();
                long t3 = Stopwatch.GetTimestamp();
                both.Add(Ms(t0, t2));
                ctor.Add(Ms(t0, t1));
                teardown.Add(Ms(t2, t3));
            }
            finally
            {
                Directory.Delete(barrier, recursive: true);
            }
        }

        for (int i = 0; i < reps; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var pool = new ProcessPool(2);
            Check(pool.Apply(BenchmarkTargets.Square, 3) == 9, "apply(square, 3) == 9");
            long t1 = Stopwatch.GetTimestamp();
            pool.Close();
            pool.Join();
            first.Add(Ms(t0, t1));
        }

        yield return Figure.Of("pool_startup", both, "ms", false, ("procs", 2), ("reps", reps), ("what", "new ProcessPool(2) -> both workers answered (barrier task)"));
        yield return Figure.Of("pool_startup.ctor", ctor, "ms", false, ("procs", 2), ("reps", reps), ("what", "ProcessPool constructor returns"));
        yield return Figure.Of("pool_startup.first_apply", first, "ms", false, ("procs", 2), ("reps", reps), ("what", "ProcessPool(2) ctor -> first Apply(Square, 3) returns"));
        yield return Figure.Of("pool_teardown", teardown, "ms", false, ("procs", 2), ("reps", reps), ("what", "Close()+Join() of an idle pool of 2"));
    }

    public static IEnumerable<Figure> ApplyAsyncRtt(bool quick)
    {
        int reps = quick ? 1 : 5;
        const int calls = 5000;
        var medians = new List<double>();
        var means = new List<double>();
        var p99s = new List<double>();
        var awaited = new List<double>();
        using (var pool = WarmPool(2))
        {
            for (int i = 0; i < 200; i++)
            {
                pool.ApplyAsync(BenchmarkTargets.Square, i).Get();
            }

            var times = new double[calls];
            for (int rep = 0; rep < reps; rep++)
            {
                for (int i = 0; i < calls; i++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    int r = pool.ApplyAsync(BenchmarkTargets.Square, i).Get();
                    times[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                    Check(r == i * i, "apply result");
                }

                medians.Add(Figure.Median(times));
                means.Add(times.Average());
                p99s.Add(times.Order().ElementAt((int)(0.99 * calls)));
            }

            // The SDK's own figure: the same round trip awaited (no caller polls; the worker's reader thread reads).
            for (int rep = 0; rep < reps; rep++)
            {
                Task.Run(async () =>
                {
                    for (int i = 0; i < calls; i++)
                    {
                        long t0 = Stopwatch.GetTimestamp();
                        int r = await pool.ApplyAsync(BenchmarkTargets.Square, i);
                        times[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                        Check(r == i * i, "awaited apply result");
                    }
                }).GetAwaiter().GetResult();
                awaited.Add(Figure.Median(times));
            }
        }

        yield return Figure.Of("apply_async_rtt", medians, "us", false, ("procs", 2), ("calls", calls), ("reps", reps), ("stat", "median per call"));
        yield return Figure.Of("apply_async_rtt.mean", means, "us", false, ("procs", 2), ("calls", calls), ("reps", reps), ("stat", "mean per call"));
        yield return Figure.Of("apply_async_rtt.p99", p99s, "us", false, ("procs", 2), ("calls", calls), ("reps", reps), ("stat", "p99 per call"));
        yield return Figure.Of("apply_async_rtt.await", awaited, "us", false, ("procs", 2), ("calls", calls), ("reps", reps), ("stat", "median per call"), ("what", "await pool.ApplyAsync(Square, i)"));
    }

    public static IEnumerable<Figure> MapSmall(bool quick)
    {
        const int n = 1_000_000;
        int reps = quick ? 1 : 7;
        long expected = (long)(n - 1) * n * (2L * n - 1) / 6;
        var items = Enumerable.Range(0, n).ToArray();
        var map = new List<double>();
        var unordered = new List<double>();
        using (var pool = WarmPool(2))
        {
            for (int rep = 0; rep < reps; rep++)
            {
                long t0 = Stopwatch.GetTimestamp();
                var results = pool.Map(BenchmarkTargets.SquareLong, items);
                double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                Check(results.Length == n && results.Sum() == expected, "map result");
                map.Add(n / seconds);
            }

            for (int rep = 0; rep < reps; rep++)
            {
                long sum = 0;
                int count = 0;
                long t0 = Stopwatch.GetTimestamp();
                foreach (long v in pool.ImapUnordered(BenchmarkTargets.SquareLong, items, chunkSize: 1000))
                {
                    sum += v;
                    count++;
                }

                double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
                Check(count == n && sum == expected, "imap_unordered result");
                unordered.Add(n / seconds);
            }
        }

        yield return Figure.Of("map_small.map", map, "items/s", true, ("procs", 2), ("N", n), ("chunkSize", $"default({(n + 7) / 8})"), ("reps", reps));
        yield return Figure.Of("map_small.imap_unordered", unordered, "items/s", true, ("procs", 2), ("N", n), ("chunkSize", 1000), ("reps", reps));
    }

    public static IEnumerable<Figure> MapCpu(bool quick)
    {
        int reps = quick ? 1 : 5;
        int expect = BenchmarkTargets.CountPrimesBelow(Limit);
        Check(expect == 2262, "count_primes_below(20000) == 2262");
        var work = Enumerable.Repeat(Limit, Tasks).ToArray();
        var serial = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var results = work.Select(BenchmarkTargets.CountPrimesBelow).ToArray();
            serial.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
            Check(results.All(r => r == expect), "serial result");
        }

        var parallel = new Dictionary<int, List<double>>();
        foreach (int p in new[] { 1, 2 })
        {
            parallel[p] = [];
            using var pool = WarmPool(p);
            for (int rep = 0; rep < reps; rep++)
            {
                long t0 = Stopwatch.GetTimestamp();
                var results = pool.Map(BenchmarkTargets.CountPrimesBelow, work);
                parallel[p].Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
                Check(results.All(r => r == expect), $"P{p} result");
            }
        }

        double ms = Figure.Median(serial), m1 = Figure.Median(parallel[1]), m2 = Figure.Median(parallel[2]);
        yield return Figure.Of("map_cpu.serial", serial, "s", false, ("procs", 0), ("tasks", Tasks), ("limit", Limit), ("reps", reps));
        yield return Figure.Of("map_cpu.P1", parallel[1], "s", false, ("procs", 1), ("chunkSize", "default(16)"), ("tasks", Tasks), ("limit", Limit), ("reps", reps));
        yield return Figure.Of("map_cpu.P2", parallel[2], "s", false, ("procs", 2), ("chunkSize", "default(8)"), ("tasks", Tasks), ("limit", Limit), ("reps", reps));
        yield return Figure.Of("map_cpu.speedup_P2_vs_serial", [ms / m2], "x", true, ("derived", true));
        yield return Figure.Of("map_cpu.speedup_P2_vs_P1", [m1 / m2], "x", true, ("derived", true));
    }

    /// <summary>The SDK's own figure: from a SIGKILL of a busy worker to its replacement answering a task.</summary>
    public static IEnumerable<Figure> PoolCrashRecovery(bool quick) => CrashRecovery(quick, null, "pool_crash_recovery");

    /// <summary>The SDK's own figure: pool_crash_recovery with the warm start, the replacement handed to a ready spare (waiting for it is outside the timer).</summary>
    public static IEnumerable<Figure> PoolCrashRecoveryWarm(bool quick) => CrashRecovery(quick, StartMethod.WarmSpawn, "pool_crash_recovery.warm");

    private static IEnumerable<Figure> CrashRecovery(bool quick, StartMethod? startMethod, string name)
    {
        int reps = quick ? 3 : 7;
        var recovery = new List<double>();
        using var pool = WarmPool(1, startMethod);
        for (int rep = 0; rep < reps; rep++)
        {
            Check(Multiprocess.WaitForSpares(TimeSpan.FromSeconds(60)), "the spare gets ready");
            int victim = pool.WorkerPids.Single();
            var held = pool.ApplyAsync(BenchmarkTargets.BarrierPidOrSleep, 60_000);
            Thread.Sleep(50);
            long t0 = Stopwatch.GetTimestamp();
            Process.GetProcessById(victim).Kill();
            held.Wait(); // the crash is observed: the held task fails
            int answer = pool.Apply(BenchmarkTargets.Square, 7);
            double ms = Ms(t0, Stopwatch.GetTimestamp());
            Check(answer == 49, "the replacement answers");
            Check(held.IsFaulted && held.Exception!.InnerException is WorkerCrashedException, "the held task fails with WorkerCrashedException");
            Check(!pool.WorkerPids.Contains(victim), "the victim is gone");
            recovery.Add(ms);
        }

        yield return Figure.Of(name, recovery, "ms", false, ("procs", 1), ("reps", reps), ("start_method", startMethod == StartMethod.WarmSpawn ? "warm" : "spawn"), ("what", "SIGKILL of a busy worker -> its task fails with WorkerCrashedException -> the replacement returns Apply(Square, 7)"));
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }
}
