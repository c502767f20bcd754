using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Multiprocessing.Orleans.Tests.Infrastructure;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Multiprocessing.Orleans.Tests;

/// <summary>The production membership: two silos and a client that find each other through a real redis-server.</summary>
public sealed class RedisClusteringTests
{
    [RedisFact]
    public async Task Two_silos_and_a_client_meet_through_redis_and_share_the_work()
    {
        string redis = RedisFactAttribute.Address();
        string clusterId = $"mp-test-{Guid.NewGuid():N}"; // no stale entries of an earlier run
        var hosts = new List<IHost>();
        var pids = new List<int>();
        try
        {
            for (int i = 0; i < 2; i++)
            {
                var silo = Host.CreateDefaultBuilder()
                    .UseOrleans(b => b
                        .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                        .Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "mp-test"; })
                        .ConfigureEndpoints(IPAddress.Loopback, FreePort(), FreePort())
                        .AddProcessPoolWorker(pool => pool.Processes = 1))
                    .Build();
                await silo.StartAsync();
                hosts.Add(silo);
                pids.AddRange(silo.Services.GetRequiredService<ProcessPool>().WorkerPids);
            }

            var client = Host.CreateDefaultBuilder()
                .UseOrleansClient(b => b
                    .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                    .Configure<ClusterOptions>(o => { o.ClusterId = clusterId; o.ServiceId = "mp-test"; }))
                .ConfigureServices(s => s.AddClusterPool())
                .Build();
            await client.StartAsync();
            hosts.Add(client);

            var pool = (ClusterPool)client.Services.GetRequiredService<IProcessPool>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (pool.Silos.Count < 2 && DateTime.UtcNow < deadline)
            {
                await pool.RefreshAsync();
                await Task.Delay(200);
            }

            Assert.Equal(2, pool.Silos.Count);
            int[] pidsSeen = await pool.MapAsync(Work.SleepThenPid, Enumerable.Repeat(150, 8), chunkSize: 1).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(2, pidsSeen.Distinct().Count()); // both silos' workers ran some
            Assert.Equal(49, pool.Apply(Work.Square, 7));
        }
        finally
        {
            foreach (var host in Enumerable.Reverse(hosts))
            {
                await host.StopAsync();
                host.Dispose();
            }
        }

        Processes.AssertNoneAlive(pids);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
