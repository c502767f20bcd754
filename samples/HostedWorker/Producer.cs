using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Samples.HostedWorker;

/// <summary>Writes 20 work items at once, then one every 200 ms until the host stops.</summary>
internal sealed partial class Producer(Channel<int> channel, ILogger<Producer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int item = 0;
        try
        {
            while (item < 20)
            {
                await channel.Writer.WriteAsync(++item, stoppingToken);
            }

            LogBurst(logger, item);
            while (true)
            {
                await Task.Delay(200, stoppingToken);
                await channel.Writer.WriteAsync(++item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            channel.Writer.TryComplete();
            LogStopped(logger, item);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "producer: wrote the first {Count} items; one more every 200 ms until Ctrl+C")]
    private static partial void LogBurst(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "producer: stopped after {Count} items")]
    private static partial void LogStopped(ILogger logger, int count);
}
