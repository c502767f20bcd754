using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Multiprocessing.Hosting.Tests.Infrastructure;

/// <summary>A real generic host with in-memory configuration and a collecting logger.</summary>
internal static class TestHost
{
    public static (IHost Host, CollectingLoggerProvider Logs) Build(
        Action<HostApplicationBuilder> configure, IDictionary<string, string?>? configuration = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        configure(builder);
        return (builder.Build(), logs);
    }

    /// <summary>The pids of every worker the log says was started.</summary>
    public static IReadOnlyList<int> StartedPids(this CollectingLoggerProvider logs) =>
        logs.Entries.Where(e => e.Category == "Multiprocessing.ProcessPool" && e.EventId.Id is ProcessPoolEventIds.WorkerStarted or ProcessPoolEventIds.WorkerReplaced)
            .Select(e => (int)e["ProcessId"]!).ToArray();
}
