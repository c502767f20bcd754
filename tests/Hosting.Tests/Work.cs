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

    [ProcessTarget]
    public static void FailingInitializer() => throw new InvalidOperationException("the initializer failed on purpose");
}
