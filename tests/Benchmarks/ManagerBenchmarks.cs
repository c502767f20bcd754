using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workload 10 of tests/Benchmarks/python/README.md: a manager's dictionary used by one child.</summary>
internal static class ManagerBenchmarks
{
    public static IEnumerable<Figure> ManagerDict(bool quick)
    {
        const int n = 20_000;
        int reps = quick ? 1 : 5;
        var startup = new List<double>();
        var total = new List<double>();
        var sets = new List<double>();
        var gets = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var manager = ProcessManager.Start();                  // mgr = ctx.Manager()
            startup.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            try
            {
                var dictionary = manager.CreateDictionary<int, int>(); // d = mgr.dict()
                using var control = SharedArray<long>.Create(3);       // ready, go, done
                using var results = SharedArray<double>.Create(3);     // set seconds, get seconds, ok
                using var child = ChildProcess.Create(BenchmarkTargets.ManagerWorker, (dictionary, n, control, results));
                child.Start();
                WaitUntil(control, 0, 1);
                long go = Stopwatch.GetTimestamp();
                Interlocked.Exchange(ref control[1], 1);
                WaitUntil(control, 2, 1);
                long end = Stopwatch.GetTimestamp();
                Check(child.Join(TimeSpan.FromSeconds(60)) && child.ExitCode == 0, "child exit");
                Check(results[2] == 1 && dictionary.Count == n, "every d[i] == i, and len(d) == N");
                total.Add(2 * n / Stopwatch.GetElapsedTime(go, end).TotalSeconds);
                sets.Add(n / results[0]);
                gets.Add(n / results[1]);
            }
            finally
            {
                manager.Shutdown();                                   // mgr.shutdown()
            }
        }

        yield return Figure.Of("manager_dict", total, "ops/s", true, ("sets", n), ("gets", n), ("client", "1 child process"), ("reps", reps));
        yield return Figure.Of("manager_dict.set", sets, "ops/s", true, ("N", n), ("reps", reps), ("timed", "in child"));
        yield return Figure.Of("manager_dict.get", gets, "ops/s", true, ("N", n), ("reps", reps), ("timed", "in child"));
        yield return Figure.Of("manager_startup", startup, "ms", false, ("reps", reps), ("what", "ProcessManager.Start()"));
    }

    private static void WaitUntil(SharedArray<long> control, int index, long value)
    {
        var spin = new SpinWait();
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (Volatile.Read(ref control[index]) < value)
        {
            Check(Stopwatch.GetTimestamp() < deadline, "the child answered within 60 s");
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
