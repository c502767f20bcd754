namespace Multiprocessing.Hosting.Tests;

/// <summary>Targets the tests run in the pool's workers.</summary>
internal static class Work
{
    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static int Pid() => Environment.ProcessId;

    [ProcessTarget]
    public static int SleepThenPid(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return Environment.ProcessId;
    }

    /// <summary>Waits up to a minute for its token; when it is cancelled, writes "cancelled" to <paramref name="markerFile"/> and throws.</summary>
    [ProcessTarget]
    public static int WaitForCancellation(string markerFile, CancellationToken cancellationToken)
    {
        File.WriteAllText(markerFile, "started");
        if (cancellationToken.WaitHandle.WaitOne(60_000))
        {
            File.WriteAllText(markerFile, "cancelled");
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Environment.ProcessId;
    }

    /// <summary>Writes "started" to <paramref name="markerFile"/>, then sleeps for a minute, ignoring its token.</summary>
    [ProcessTarget]
    public static int IgnoreCancellation(string markerFile, CancellationToken cancellationToken)
    {
        File.WriteAllText(markerFile, "started");
        Thread.Sleep(60_000);
        return cancellationToken.GetHashCode();
    }

    [ProcessTarget]
    public static int Say(string text)
    {
        Console.WriteLine($"out: {text}");
        Console.Error.WriteLine($"err: {text}");
        return Environment.ProcessId;
    }

    /// <summary>Writes this worker's pid to <paramref name="pidFile"/>, then sleeps for a minute (a task to kill the worker under).</summary>
    [ProcessTarget]
    public static int WritePidThenSleep(string pidFile)
    {
        File.WriteAllText(pidFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Thread.Sleep(60_000);
        return Environment.ProcessId;
    }

    /// <summary>Logs through the logger it was given; in a worker, the entry is forwarded to the parent's logging.</summary>
    [ProcessTarget]
    public static int SquareAndLog(int x, Microsoft.Extensions.Logging.ILogger<LoggingWork> log)
    {
        Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(log, new Microsoft.Extensions.Logging.EventId(42), "squaring {X} in pid {Pid}", x, Environment.ProcessId);
        return x * x;
    }

    [ProcessTarget]
    public static void FailingInitializer() => throw new InvalidOperationException("the initializer failed on purpose");
}

/// <summary>The category of the logger <see cref="Work.SquareAndLog"/> takes.</summary>
internal sealed class LoggingWork
{
}
