using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Multiprocessing;

namespace Samples.HostedWorker;

/// <summary>
/// Reads work items and fans them out to the pool, a few per worker at a time; logs each result. When the host stops,
/// it stops reading and waits for the items in flight (the pool stops only after this service has stopped).
/// </summary>
internal sealed partial class Consumer(Channel<int> channel, ProcessPool pool, ILogger<Consumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, Environment.ProcessId, pool.Processes);
        var inFlight = new ConcurrentDictionary<int, Task>();
        using var slots = new SemaphoreSlim(pool.Processes * 2);
        int done = 0;
        try
        {
            await foreach (int item in channel.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                inFlight[item] = RunAsync(item);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        LogDraining(logger, inFlight.Count);
        await Task.WhenAll(inFlight.Values);
        LogStopped(logger, done);

        async Task RunAsync(int item)
        {
            try
            {
                string result = await pool.ApplyAsync(Work.Compute, item);
                Interlocked.Increment(ref done);
                LogResult(logger, result);
            }
            catch (Exception ex) when (ex is RemoteProcessException or WorkerCrashedException or InvalidOperationException)
            {
                LogFailed(logger, item, ex.Message);
            }
            finally
            {
                slots.Release();
                inFlight.TryRemove(item, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "consumer: host pid {Pid}, fanning work out to {Workers} workers")]
    private static partial void LogStarted(ILogger logger, int pid, int workers);

    [LoggerMessage(Level = LogLevel.Information, Message = "result: {Result}")]
    private static partial void LogResult(ILogger logger, string result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "item {Item} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, int item, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "consumer: stopping; waiting for {Count} item(s) in flight")]
    private static partial void LogDraining(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "consumer: stopped after {Count} results")]
    private static partial void LogStopped(ILogger logger, int count);
}
