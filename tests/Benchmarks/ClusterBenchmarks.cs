#if MP_CLUSTER
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multiprocessing.Orleans;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Multiprocessing.Benchmarks;

/// <summary>
/// The SDK's own cluster figures (issue 17): the pool over an Orleans cluster of silo processes on this machine
/// (development clustering), each silo a process of this benchmark with a pool of its own. Not in NativeAOT builds
/// (Orleans is not AOT-compatible): the JIT build only.
/// </summary>
internal static class ClusterBenchmarks
{
    private const int Limit = 20_000;
    private const int Tasks = 64;
    private const int HeavyLimit = 200_000;

    /// <summary>
    /// With <c>MP_BENCH_REDIS=host:port</c> set, the cluster figures use Redis clustering (a new cluster id per
    /// cluster) instead of development clustering on localhost; <c>cluster_failover</c> is then named
    /// <c>cluster_failover.redis</c>.
    /// </summary>
    private static string? Redis => Environment.GetEnvironmentVariable("MP_BENCH_REDIS") is { Length: > 0 } r ? r : null;

    /// <summary>A silo process: <c>--cluster-silo port gateway primary workers [clusterId]</c> (a cluster id: Redis clustering); prints "ready" once it serves, runs until killed or its stdin closes.</summary>
    public static int SiloMain(string[] args)
    {
        int port = int.Parse(args[1]), gateway = int.Parse(args[2]), primary = int.Parse(args[3]), workers = int.Parse(args[4]);
        string? clusterId = args.Length > 5 ? args[5] : null;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            if (clusterId is null)
            {
                silo.UseLocalhostClustering(port, gateway, new IPEndPoint(IPAddress.Loopback, primary));
            }
            else
            {
                silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(Redis!))
                    .Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "mp-bench"; })
                    .ConfigureEndpoints(IPAddress.Loopback, port, gateway)
                    .Configure<ClusterMembershipOptions>(o =>
                    {
                        // Faster failure detection than Orleans' defaults (ProbeTimeout 5 s x NumMissedProbesLimit 3):
                        // docs/cluster.md, "Failure detection".
                        o.ProbeTimeout = TimeSpan.FromSeconds(1);
                        o.NumMissedProbesLimit = 2;
                        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                    });
            }

            silo.AddProcessPoolWorker(pool => pool.Processes = workers);
        });
        using var host = builder.Build();
        host.Start();
        Console.WriteLine("ready");
        Console.In.ReadToEnd(); // the benchmark closes stdin (or kills this process) to stop it
        host.StopAsync().GetAwaiter().GetResult();
        return 0;
    }

    public static IEnumerable<Figure> ClusterApplyRtt(bool quick)
    {
        int calls = quick ? 300 : 3000;
        using var cluster = BenchCluster.Start(silos: 2, workersEach: 1);
        var pool = cluster.Pool;
        for (int i = 0; i < 50; i++)
        {
            Check(pool.Apply(BenchmarkTargets.Square, i) == i * i, "warm-up apply");
        }

        var samples = new List<double>(calls);
        for (int i = 0; i < calls; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            int r = pool.ApplyAsync(BenchmarkTargets.Square, i).Get();
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
            Check(r == i * i, "apply result");
        }

        yield return Figure.Of("cluster_apply_rtt", samples, "us", false, ("silos", 2), ("workers_per_silo", 1), ("calls", calls), ("what", "ClusterPool.ApplyAsync(Square, i).Get(), one in flight, client in the benchmark process"));
    }

    public static IEnumerable<Figure> ClusterMapSmall(bool quick)
    {
        const int n = 1_000_000;
        int reps = quick ? 1 : 5;
        long expected = (long)(n - 1) * n * (2L * n - 1) / 6;
        var items = Enumerable.Range(0, n).ToArray();
        using var cluster = BenchCluster.Start(silos: 2, workersEach: 1);
        Check(cluster.Pool.Map(BenchmarkTargets.SquareLong, items[..1000]).Length == 1000, "warm-up map");
        var rates = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var results = cluster.Pool.Map(BenchmarkTargets.SquareLong, items);
            double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            Check(results.Length == n && results.Sum() == expected, "cluster map result");
            rates.Add(n / seconds);
        }

        yield return Figure.Of("cluster_map_small", rates, "items/s", true, ("silos", 2), ("workers_per_silo", 1), ("N", n), ("chunkSize", "default(n / (4 x 2))"), ("reps", reps));
    }

    /// <summary>
    /// The <c>map_cpu</c> workload (64 x count_primes_below(20,000), results checked) over 2 silos of 1 worker vs the
    /// local pool of 2. That workload is only ~35 ms of CPU in all (map_cpu.serial), so both figures are mostly
    /// overhead and noise on a loaded 2-core machine; the <c>.heavy</c> figures run the same 64 tasks at
    /// count_primes_below(200,000) (~30x the CPU per task), where the comparison says what a cluster costs.
    /// </summary>
    public static IEnumerable<Figure> ClusterMapCpu(bool quick)
    {
        int reps = quick ? 1 : 5;
        foreach (var (name, limit) in new[] { ("cluster_map_cpu", Limit), ("cluster_map_cpu.heavy", HeavyLimit) })
        {
            int expect = BenchmarkTargets.CountPrimesBelow(limit);
            var work = Enumerable.Repeat(limit, Tasks).ToArray();
            var local = new List<double>();
            using (var pool = PoolBenchmarks.WarmPool(2))
            {
                for (int rep = 0; rep < reps; rep++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    var results = pool.Map(BenchmarkTargets.CountPrimesBelow, work);
                    local.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
                    Check(results.Length == Tasks && results.All(r => r == expect), "local P2 result");
                }
            }

            var cluster2 = new List<double>();
            using (var cluster = BenchCluster.Start(silos: 2, workersEach: 1))
            {
                Check(cluster.Pool.Map(BenchmarkTargets.CountPrimesBelow, [100, 100]).All(r => r == 25), "warm-up");
                for (int rep = 0; rep < reps; rep++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    var results = cluster.Pool.Map(BenchmarkTargets.CountPrimesBelow, work);
                    cluster2.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
                    Check(results.Length == Tasks && results.All(r => r == expect), "cluster result");
                }
            }

            yield return Figure.Of(name, cluster2, "s", false, ("silos", 2), ("workers_per_silo", 1), ("tasks", Tasks), ("limit", limit), ("reps", reps));
            yield return Figure.Of($"{name}.local_P2", local, "s", false, ("procs", 2), ("tasks", Tasks), ("limit", limit), ("reps", reps));
            yield return Figure.Of($"{name}.cluster_vs_local", [Figure.Median(cluster2) / Figure.Median(local)], "x", false, ("derived", true), ("what", "cluster time / local pool time (1.0 = as fast)"));
        }
    }

    public static IEnumerable<Figure> ClusterFailover(bool quick)
    {
        int reps = quick ? 1 : 3;
        var samples = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            using var cluster = BenchCluster.Start(silos: 2, workersEach: 1, o => o.MarkIdempotent(SleepThenEcho));
            int[] items = Enumerable.Range(0, 200).ToArray();
            int done = 0;
            var started = new ManualResetEventSlim();
            var map = cluster.Pool.MapAsync(SleepThenEcho, items, chunkSize: 1, progress: new Progress(n => { if (Interlocked.Exchange(ref done, n) < 40 && n >= 40) { started.Set(); } }));
            Check(started.Wait(TimeSpan.FromMinutes(2)), "the map got going");
            long t0 = Stopwatch.GetTimestamp();
            cluster.KillSilo(1); // SIGKILL of the second silo (development clustering: the first is the primary)
            var results = map.Get(TimeSpan.FromMinutes(3));
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            Check(results.SequenceEqual(items), "failover map result: every item, once, in order");
        }

        yield return Figure.Of(Redis is null ? "cluster_failover" : "cluster_failover.redis", samples, "ms", false, ("silos", 2), ("workers_per_silo", 1), ("clustering", Redis is null ? "development (localhost)" : "redis"), ("items", 200), ("item_ms", 10), ("reps", reps), ("what", "SIGKILL of a silo mid-map until the map completes on the rest (idempotent target)"));
    }

    /// <summary>Sleeps 10 ms, then returns its item: a failover map whose items must all come back once.</summary>
    [ProcessTarget]
    public static int SleepThenEcho(int item)
    {
        Thread.Sleep(10);
        return item;
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"wrong result: {what}");
        }
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>Silo processes of this benchmark, and a client host with a <see cref="ClusterPool"/> in this process.</summary>
    private sealed class BenchCluster : IDisposable
    {
        private readonly List<Process> _silos = [];
        private IHost? _client;

        public ClusterPool Pool { get; private set; } = null!;

        public static BenchCluster Start(int silos, int workersEach, Action<ClusterPoolOptions>? configure = null)
        {
            var cluster = new BenchCluster();
            string? clusterId = Redis is null ? null : $"mp-bench-{Environment.ProcessId}-{Guid.NewGuid():N}";
            try
            {
                int primary = FreePort();
                var gateways = new List<int>();
                for (int i = 0; i < silos; i++)
                {
                    int port = i == 0 ? primary : FreePort(), gateway = FreePort();
                    gateways.Add(gateway);
                    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
                    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
                    {
                        start.ArgumentList.Add(typeof(ClusterBenchmarks).Assembly.Location); // run as `dotnet Multiprocessing.Benchmarks.dll`
                    }

                    foreach (string a in new[] { "--cluster-silo", $"{port}", $"{gateway}", $"{primary}", $"{workersEach}" })
                    {
                        start.ArgumentList.Add(a);
                    }

                    if (clusterId is not null)
                    {
                        start.ArgumentList.Add(clusterId);
                    }

                    var silo = Process.Start(start)!;
                    cluster._silos.Add(silo);
                    string? line;
                    while ((line = silo.StandardOutput.ReadLine()) is not null && line != "ready")
                    {
                    }

                    Check(line == "ready", $"silo {i} started");
                }

                var builder = Host.CreateApplicationBuilder();
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                // The client's gateway is the first (primary) silo: the failover figure kills another one, and a
                // request routed through a gateway that dies waits for Orleans' response timeout (30 s).
                // With Redis the client knows every gateway from the membership table.
                builder.UseOrleansClient(c =>
                {
                    if (clusterId is null)
                    {
                        c.UseLocalhostClustering(gateways[0]);
                    }
                    else
                    {
                        c.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(Redis!))
                         .Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "mp-bench"; });
                    }
                });
                builder.Services.AddClusterPool(o => configure?.Invoke(o));
                cluster._client = builder.Build();
                cluster._client.Start();
                cluster.Pool = cluster._client.Services.GetRequiredService<ClusterPool>();
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (cluster.Pool.Silos.Count < silos && DateTime.UtcNow < deadline)
                {
                    cluster.Pool.RefreshAsync().GetAwaiter().GetResult();
                    Thread.Sleep(100);
                }

                Check(cluster.Pool.Silos.Count == silos, $"{silos} silos serve the pool");
                return cluster;
            }
            catch
            {
                cluster.Dispose();
                throw;
            }
        }

        public void KillSilo(int index) => _silos[index].Kill();

        public void Dispose()
        {
            Pool?.Dispose();
            _client?.StopAsync().GetAwaiter().GetResult();
            _client?.Dispose();
            foreach (var silo in Enumerable.Reverse(_silos))
            {
                if (!silo.HasExited)
                {
                    silo.StandardInput.Close(); // the silo stops its host (and its pool's workers)
                    if (!silo.WaitForExit(TimeSpan.FromSeconds(30)))
                    {
                        silo.Kill(entireProcessTree: true);
                    }
                }

                silo.Dispose();
            }
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
#endif
