using System.Net;
using Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multiprocessing;
using Multiprocessing.Orleans;
using Orleans.Configuration;
using StackExchange.Redis;

// A silo's pool workers re-launch this program: they start here, run their tasks, and never reach the code below.
Multiprocess.MainGuard();

// dotnet run -- silo port=11111 gateway=30000 primary=11111 workers=2     (development clustering on localhost)
// dotnet run -- client gateways=30000,30001 silos=2
// Either with redis=127.0.0.1:6379 for Redis clustering, and secret=TEXT for the shared secret.
if (args.Length == 0 || args[0] is not ("silo" or "client"))
{
    Console.Error.WriteLine("usage: Cluster silo port=P gateway=G [primary=P0] [workers=N] [redis=host:port] [secret=S]");
    Console.Error.WriteLine("       Cluster client gateways=G1,G2 [silos=N] [items=N] [redis=host:port] [secret=S]");
    return 2;
}

var settings = args.Skip(1).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
string? redis = settings.GetValueOrDefault("redis");
byte[]? secret = settings.TryGetValue("secret", out var text) ? System.Text.Encoding.UTF8.GetBytes(text) : null;
int Setting(string name, int fallback) => settings.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);

if (args[0] == "silo")
{
    int port = Setting("port", 11111), gateway = Setting("gateway", 30000);
    builder.UseOrleans(silo =>
    {
        if (redis is null)
        {
            silo.UseLocalhostClustering(port, gateway, new IPEndPoint(IPAddress.Loopback, Setting("primary", port)));
        }
        else
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                .Configure<ClusterOptions>(o => { o.ClusterId = "sample"; o.ServiceId = "sample"; })
                .ConfigureEndpoints(IPAddress.Loopback, port, gateway)
                .Configure<ClusterMembershipOptions>(o =>
                {
                    // A killed silo is declared dead in ~2-3 s instead of Orleans' 12-20 s (docs/cluster.md, "Failure detection").
                    o.ProbeTimeout = TimeSpan.FromSeconds(1);
                    o.NumMissedProbesLimit = 2;
                    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                });
        }

        silo.AddProcessPoolWorker(pool => pool.Processes = Setting("workers", 2), worker => worker.SharedSecret = secret);
    });
    using var host = builder.Build();
    await host.StartAsync();
    Console.WriteLine($"silo ready: port {port}, gateway {gateway}, pid {Environment.ProcessId}");
    await host.WaitForShutdownAsync(); // Ctrl+C or SIGTERM: the silo leaves the cluster, its pool stops its workers
    Console.WriteLine("silo stopped");
    return 0;
}

builder.UseOrleansClient(client =>
{
    if (redis is null)
    {
        client.UseLocalhostClustering(settings.GetValueOrDefault("gateways", "30000").Split(',').Select(int.Parse).ToArray());
    }
    else
    {
        client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
              .Configure<ClusterOptions>(o => { o.ClusterId = "sample"; o.ServiceId = "sample"; });
    }
});
builder.Services.AddClusterPool(o => o.SharedSecret = secret); // the one line that differs from AddProcessPool()
using (var host = builder.Build())
{
    await host.StartAsync();
    var cluster = host.Services.GetRequiredService<ClusterPool>();
    int silos = Setting("silos", 1);
    for (var deadline = DateTime.UtcNow.AddSeconds(60); cluster.Silos.Count < silos && DateTime.UtcNow < deadline;)
    {
        await cluster.RefreshAsync();
        await Task.Delay(250);
    }

    IProcessPool pool = host.Services.GetRequiredService<IProcessPool>(); // the app's calls do not know it is a cluster
    int items = Setting("items", 100_000);
    long[] squares = await pool.MapAsync(Work.Square, Enumerable.Range(0, items));
    Console.WriteLine($"squares of 0..{items - 1}: sum {squares.Sum()} over {cluster.Silos.Count} silos, {pool.Processes} workers");
    foreach (var (place, count) in pool.Map(Work.WhereAmI, Enumerable.Range(0, 16), chunkSize: 1).CountBy(p => p))
    {
        Console.WriteLine($"  {count,2} items ran in {place}");
    }

    foreach (var (silo, tasks) in cluster.TasksSent)
    {
        Console.WriteLine($"silo {silo}: {tasks} tasks");
    }

    await host.StopAsync();
}

return 0;
