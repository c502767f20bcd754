using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Multiprocessing.Benchmarks;

/// <summary>Parses the command line, runs the selected benchmarks, prints one line per figure and writes the JSON.</summary>
internal static class BenchmarkDriver
{
    /// <summary>
    /// "aot." when this is a NativeAOT build (no dynamic code), so that its figures sit beside the JIT ones under
    /// names of their own (aot.spawn_latency next to spawn_latency) once the two JSON files are merged; "" under the JIT.
    /// </summary>
    private static readonly string s_namePrefix = RuntimeFeature.IsDynamicCodeSupported ? "" : "aot.";

    private static string Compilation => RuntimeFeature.IsDynamicCodeSupported ? "jit" : "nativeaot";

    public static int Run(string[] args)
    {
        var benchmarks = new Dictionary<string, Func<bool, IEnumerable<Figure>>>
        {
            ["spawn_latency"] = SpawnBenchmarks.SpawnLatency,
            ["spawn_latency.warm"] = SpawnBenchmarks.SpawnLatencyWarm,
            ["memory_per_child"] = SpawnBenchmarks.MemoryPerChild,
            ["pool_startup"] = PoolBenchmarks.PoolStartup,
            ["apply_async_rtt"] = PoolBenchmarks.ApplyAsyncRtt,
            ["map_small"] = PoolBenchmarks.MapSmall,
            ["map_cpu"] = PoolBenchmarks.MapCpu,
            ["pool_crash_recovery"] = PoolBenchmarks.PoolCrashRecovery,
            ["pool_crash_recovery.warm"] = PoolBenchmarks.PoolCrashRecoveryWarm,
            ["shared_array_sum"] = SharedMemoryBenchmarks.SharedArraySum,
            ["lock_contention"] = SharedMemoryBenchmarks.LockContention,
            ["lock_create"] = SharedMemoryBenchmarks.LockCreate,
            ["queue_throughput"] = IpcBenchmarks.QueueThroughput,
            ["pipe_rtt"] = IpcBenchmarks.PipeRtt,
            ["pipe_bandwidth"] = IpcBenchmarks.PipeBandwidth,
            ["manager_dict"] = ManagerBenchmarks.ManagerDict,
            ["marshal_record"] = MarshalBenchmarks.MarshalRecord,
            ["marshal_array"] = MarshalBenchmarks.MarshalArray,
            ["pending_gets"] = AsyncWaitBenchmarks.PendingGets,
            ["pipe_rtt.async"] = AsyncWaitBenchmarks.PipeRttAsync,
            ["cancel_latency"] = CancellationBenchmarks.CancelLatency,
        };
#if MP_CLUSTER
        if (args is ["--cluster-silo", ..])
        {
            return ClusterBenchmarks.SiloMain(args); // a silo process of the cluster figures
        }

        benchmarks["cluster_apply_rtt"] = ClusterBenchmarks.ClusterApplyRtt;
        benchmarks["cluster_map_small"] = ClusterBenchmarks.ClusterMapSmall;
        benchmarks["cluster_map_cpu"] = ClusterBenchmarks.ClusterMapCpu;
        benchmarks["cluster_failover"] = ClusterBenchmarks.ClusterFailover;
#endif

        bool quick = false;
        string? jsonPath = null;
        var names = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--json": jsonPath = args[++i]; break;
                case "--list": Console.WriteLine(string.Join('\n', benchmarks.Keys)); return 0;
                default: names.Add(args[i]); break;
            }
        }

        // Like mp_bench.py, a name selects a benchmark; names of benchmarks the SDK does not have yet are reported as errors.
        if (names.Count == 0)
        {
            names.AddRange(benchmarks.Keys);
        }

        Console.WriteLine($"# .NET {Environment.Version} ({Compilation})  nproc={Environment.ProcessorCount}  quick={quick}  {RuntimeInformation.OSDescription}");
        var figures = new List<Figure>();
        var errors = new List<(string Bench, string Error)>();
        var durations = new Dictionary<string, double>();
        var all = Stopwatch.StartNew();
        foreach (var name in names)
        {
            if (!benchmarks.TryGetValue(name, out var run))
            {
                errors.Add((name, "not implemented by the SDK benchmark yet"));
                Console.WriteLine($"{name,-38} ERROR not implemented by the SDK benchmark yet");
                continue;
            }

            // One workload's garbage (map_small leaves megabytes of arrays) is collected before the next one starts,
            // not by a background GC thread inside its timed region (map_cpu's two workers need both cores).
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            try
            {
                foreach (var measured in run(quick))
                {
                    var f = measured with { Name = s_namePrefix + measured.Name };
                    figures.Add(f);
                    string spread = f.Samples.Count == 1 ? "" : $"  [min {Fmt(f.Samples.Min())} max {Fmt(f.Samples.Max())} n={f.Samples.Count}]";
                    string parameters = string.Join(' ', f.Params.Where(p => p.Key != "what").Select(p => $"{p.Key}={p.Value}"));
                    Console.WriteLine($"{f.Name,-38} {Fmt(f.Value),12} {f.Unit,-8} {parameters}{spread}");
                }
            }
            catch (Exception ex)
            {
                errors.Add((name, $"{ex.GetType().Name}: {ex.Message}"));
                Console.WriteLine($"{name,-38} ERROR {ex.GetType().Name}: {ex.Message}");
            }

            durations[name] = Math.Round(watch.Elapsed.TotalSeconds, 2);
        }

        Console.WriteLine($"# total {all.Elapsed.TotalSeconds:F1} s");
        if (jsonPath is not null)
        {
            using var stream = File.Create(jsonPath);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteStartObject("meta");
            json.WriteString("runtime", Environment.Version.ToString());
            json.WriteString("implementation", "Multiprocessing for .NET");
            json.WriteString("compilation", Compilation);
            json.WriteString("platform", RuntimeInformation.OSDescription);
            json.WriteNumber("nproc", Environment.ProcessorCount);
            json.WriteBoolean("quick", quick);
            json.WriteString("started", DateTime.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteNumber("total_seconds", Math.Round(all.Elapsed.TotalSeconds, 1));
            json.WriteStartObject("bench_seconds");
            foreach (var (k, v) in durations)
            {
                json.WriteNumber(k, v);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("figures");
            foreach (var f in figures)
            {
                json.WriteStartObject();
                json.WriteString("name", f.Name);
                json.WriteNumber("value", f.Value);
                json.WriteString("unit", f.Unit);
                json.WriteBoolean("higher_is_better", f.HigherIsBetter);
                json.WriteNumber("n", f.Samples.Count);
                json.WriteNumber("min", f.Samples.Min());
                json.WriteNumber("max", f.Samples.Max());
                json.WriteStartArray("samples");
                foreach (var s in f.Samples)
                {
                    json.WriteNumberValue(s);
                }

                json.WriteEndArray();
                json.WriteStartObject("params");
                foreach (var (k, v) in f.Params)
                {
                    switch (v)
                    {
                        case int n: json.WriteNumber(k, n); break;
                        case double d: json.WriteNumber(k, d); break;
                        case bool b: json.WriteBoolean(k, b); break;
                        default: json.WriteString(k, v.ToString()); break;
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var (bench, error) in errors)
            {
                json.WriteStartObject();
                json.WriteString("bench", bench);
                json.WriteString("error", error);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static string Fmt(double v) => v >= 1000 ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v >= 100 ? v.ToString("F1", CultureInfo.InvariantCulture)
        : v >= 10 ? v.ToString("F2", CultureInfo.InvariantCulture)
        : v.ToString("F3", CultureInfo.InvariantCulture);
}
