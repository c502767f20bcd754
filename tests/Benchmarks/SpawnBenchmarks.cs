using System.Diagnostics;

namespace Multiprocessing.Benchmarks;

/// <summary>Workloads 1 and 12 of tests/Benchmarks/python/README.md: spawn latency and the memory of an idle child.</summary>
internal static class SpawnBenchmarks
{
    public static IEnumerable<Figure> SpawnLatency(bool quick)
    {
        int runs = quick ? 10 : 20;
        var total = new List<double>();
        var startCall = new List<double>();
        double first = 0;
        for (int i = 0; i <= runs; i++)
        {
            using var p = ChildProcess.Create(BenchmarkTargets.Noop);
            long t0 = Stopwatch.GetTimestamp();
            p.Start();
            long t1 = Stopwatch.GetTimestamp();
            p.Join();
            long t2 = Stopwatch.GetTimestamp();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"noop child exited with {p.ExitCode}");
            }

            double ms = Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds;
            if (i == 0)
            {
                first = ms;
            }
            else
            {
                total.Add(ms);
                startCall.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
            }
        }

        yield return Figure.Of("spawn_latency", total, "ms", false, ("runs", runs), ("what", "Start()->Join() of ChildProcess.Create(Noop)"));
        yield return Figure.Of("spawn_latency.start_call", startCall, "ms", false, ("runs", runs), ("what", "time inside Start() only"));
        yield return Figure.Of("spawn_latency.first_run", [first], "ms", false, ("runs", 1), ("what", "untimed warm-up run (cold)"));
    }

    /// <summary>
    /// The SDK's own figure: spawn_latency with the warm start (StartMethod.WarmSpawn), each Start() handed to a ready
    /// spare. Waiting for the spare to be ready again (its launch and warm-up) is outside the timer.
    /// </summary>
    public static IEnumerable<Figure> SpawnLatencyWarm(bool quick)
    {
        int runs = quick ? 10 : 20;
        var total = new List<double>();
        var startCall = new List<double>();
        Multiprocess.StartMethod = StartMethod.WarmSpawn;
        try
        {
            for (int i = 0; i <= runs; i++)
            {
                if (!Multiprocess.WaitForSpares(TimeSpan.FromSeconds(60)))
                {
                    throw new InvalidOperationException("the spare did not get ready within 60 s");
                }

                using var p = ChildProcess.Create(BenchmarkTargets.Noop);
                long t0 = Stopwatch.GetTimestamp();
                p.Start();
                long t1 = Stopwatch.GetTimestamp();
                p.Join();
                long t2 = Stopwatch.GetTimestamp();
                if (p.ExitCode != 0)
                {
                    throw new InvalidOperationException($"noop child exited with {p.ExitCode}");
                }

                if (i > 0)
                {
                    total.Add(Stopwatch.GetElapsedTime(t0, t2).TotalMilliseconds);
                    startCall.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                }
            }
        }
        finally
        {
            Multiprocess.StartMethod = StartMethod.Spawn;
        }

        yield return Figure.Of("spawn_latency.warm", total, "ms", false, ("runs", runs), ("what", "Start()->Join() of ChildProcess.Create(Noop) with StartMethod.WarmSpawn, a spare ready"));
        yield return Figure.Of("spawn_latency.warm.start_call", startCall, "ms", false, ("runs", runs), ("what", "time inside Start() only, warm start"));
    }

    public static IEnumerable<Figure> MemoryPerChild(bool quick)
    {
        int runs = quick ? 3 : 5;
        var rss = new List<double>();
        var pss = new List<double>();
        var uss = new List<double>();
        string dir = Directory.CreateTempSubdirectory("mp-bench-").FullName;
        try
        {
            for (int i = 0; i < runs; i++)
            {
                string ready = Path.Combine(dir, $"ready{i}");
                string stop = Path.Combine(dir, $"stop{i}");
                MakeFifo(ready);
                MakeFifo(stop);
                using var p = ChildProcess.Create(BenchmarkTargets.Idle, (ready, stop));
                p.Start();
                using (var readyStream = new FileStream(ready, FileMode.Open, FileAccess.Read))
                {
                    if (readyStream.ReadByte() != 1)
                    {
                        throw new InvalidOperationException("the idle child did not report ready");
                    }
                }

                Thread.Sleep(100);
                var status = ProcKb(p.Pid!.Value, "status", "VmRSS");
                var smaps = ProcKb(p.Pid!.Value, "smaps_rollup", "Pss", "Private_Clean", "Private_Dirty");
                using (var stopStream = new FileStream(stop, FileMode.Open, FileAccess.Write))
                {
                    stopStream.WriteByte(1);
                }

                if (!p.Join(TimeSpan.FromSeconds(60)) || p.ExitCode != 0)
                {
                    throw new InvalidOperationException($"idle child did not exit cleanly (exit code {p.ExitCode})");
                }

                rss.Add(status["VmRSS"] / 1024.0);
                pss.Add(smaps["Pss"] / 1024.0);
                uss.Add((smaps["Private_Clean"] + smaps["Private_Dirty"]) / 1024.0);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        double parent = ProcKb(Environment.ProcessId, "status", "VmRSS")["VmRSS"] / 1024.0;
        yield return Figure.Of("memory_per_child.vmrss", rss, "MiB", false, ("runs", runs), ("parent_vmrss_mib", Math.Round(parent, 1)));
        yield return Figure.Of("memory_per_child.pss", pss, "MiB", false, ("runs", runs));
        yield return Figure.Of("memory_per_child.uss", uss, "MiB", false, ("runs", runs), ("what", "Private_Clean+Private_Dirty"));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed");
        }
    }

    private static Dictionary<string, long> ProcKb(int pid, string file, params string[] keys)
    {
        var result = new Dictionary<string, long>();
        foreach (var line in File.ReadLines($"/proc/{pid}/{file}"))
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && keys.Contains(line[..colon]))
            {
                result[line[..colon]] = long.Parse(line[(colon + 1)..].Trim().Split(' ')[0]);
            }
        }

        foreach (var key in keys)
        {
            if (!result.ContainsKey(key))
            {
                throw new InvalidOperationException($"/proc/{pid}/{file} has no {key}");
            }
        }

        return result;
    }
}
