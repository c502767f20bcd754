namespace Multiprocessing.Orleans.Tests;

/// <summary>Targets the tests run in the silos' pool workers.</summary>
public static class Work
{
    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static string Greet(string name, int times) => string.Concat(Enumerable.Repeat($"hi {name} ", times)).Trim();

    [ProcessTarget]
    public static long Power(int x, int y) => (long)Math.Pow(x, y);

    [ProcessTarget]
    public static int Pid() => Environment.ProcessId;

    /// <summary>Sleeps, then returns the worker's pid (a task long enough for both silos to take some).</summary>
    [ProcessTarget]
    public static int SleepThenPid(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return Environment.ProcessId;
    }

    /// <summary>Sleeps, then returns its item: a map whose items must all come back, whichever silo ran them.</summary>
    [ProcessTarget]
    public static int SleepThenEcho(int item)
    {
        Thread.Sleep(150);
        return item;
    }

    /// <summary>Notes each run in <paramref name="path"/> (a line per run), then sleeps: a task that must run exactly once.</summary>
    [ProcessTarget]
    public static int NoteThenSleep(string path, int milliseconds)
    {
        File.AppendAllText(path, $"{Environment.ProcessId}\n");
        Thread.Sleep(milliseconds);
        return milliseconds;
    }

    /// <summary>A target without a result.</summary>
    [ProcessTarget]
    public static void Sleep(int milliseconds) => Thread.Sleep(milliseconds);

    [ProcessTarget]
    public static int Fail(int x) => throw new InvalidOperationException($"bad item {x}");

    /// <summary>The worker process dies while it runs the task.</summary>
    [ProcessTarget]
    public static int Crash(int code)
    {
        Environment.Exit(code);
        return 0;
    }

    [ProcessTarget]
    public static async Task<int> SquareAsync(int x)
    {
        await Task.Yield();
        return x * x;
    }

    [ProcessTarget]
    public static async Task<string> GreetAsync(string name, int times)
    {
        await Task.Yield();
        return Greet(name, times);
    }
}
