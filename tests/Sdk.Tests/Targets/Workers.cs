using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Targets;

/// <summary>Targets the runtime tests run in real child processes (through the SDK's child host).</summary>
public static class Workers
{
    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static int Pid() => Environment.ProcessId;

    [ProcessTarget]
    public static string WhoAmI() =>
        $"{Multiprocess.Current.Name}|{Multiprocess.Current.Pid}|{Multiprocess.Parent?.Name}|{Multiprocess.Parent?.Pid}|{Multiprocess.Current.Daemon}|{Convert.ToHexString(Multiprocess.Current.AuthKey)}";

    [ProcessTarget]
    public static string Describe(string name, int count, double[] values, List<string> tags, Dictionary<string, int> scores) =>
        $"{name}:{count}:{values.Sum()}:{string.Join(',', tags)}:{string.Join(',', scores.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}";

    [ProcessTarget]
    public static Measurement Measure(Measurement input) => input with { Value = input.Value * 2, Labels = [.. input.Labels, "doubled"] };

    [ProcessTarget]
    public static async Task<int> AddLaterAsync(int a, int b)
    {
        await Task.Delay(10);
        return a + b;
    }

    [ProcessTarget]
    public static async ValueTask<string> EchoLaterAsync(string text)
    {
        await Task.Yield();
        return text;
    }

    [ProcessTarget]
    public static void Fail(string message) => throw new InvalidOperationException(message);

    [ProcessTarget]
    public static void Sleep(int milliseconds) => Thread.Sleep(milliseconds);

    [ProcessTarget]
    public static int SleepThenReturn(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return milliseconds;
    }

    [ProcessTarget]
    public static int Divide(int a, int b) => a / b;

    [ProcessTarget]
    public static void Exit(int code) => Environment.Exit(code);

    [ProcessTarget]
    public static void WriteFile(string path, string text) => File.WriteAllText(path, $"{text}|{Environment.ProcessId}");

    [ProcessTarget]
    public static int StartGrandchild(int x)
    {
        var child = ChildProcess.Create(Square, x);
        child.Start();
        child.Join();
        return child.Result;
    }

    /// <summary>Starts a long-sleeping grandchild, writes its pid to <paramref name="path"/>, then sleeps itself.</summary>
    [ProcessTarget]
    public static void StartSleepingGrandchild(string path)
    {
        var grandchild = ChildProcess.Create(Sleep, 600_000);
        grandchild.Start();
        File.WriteAllText(path, grandchild.Pid!.Value.ToString());
        Thread.Sleep(600_000);
    }

    [ProcessTarget]
    public static int StaticCounterAfterIncrement()
    {
        Counter++;
        return Counter;
    }

    [ProcessTarget]
    public static async Task<int> SquareLaterAsync(int x)
    {
        await Task.Yield();
        return x * x;
    }

    [ProcessTarget]
    public static int Add(int a, int b) => a + b;

    [ProcessTarget]
    public static Task NothingAsync(int x) => Task.Delay(x);

    [ProcessTarget]
    public static int Say(string text)
    {
        Console.WriteLine($"out: {text}");
        Console.Error.WriteLine($"err: {text}");
        return Environment.ProcessId;
    }

    [ProcessTarget]
    public static string Join3(string a, int b, double c) => $"{a}{b}{c}";

    [ProcessTarget]
    public static int FailOn(int x) => x == 13 ? throw new ArgumentException($"unlucky {x}") : x;

    /// <summary>Sleeps <paramref name="milliseconds"/> for the chosen item, a little for the others.</summary>
    [ProcessTarget]
    public static int SlowOn(int x) => (x == 3 ? Sleep500(x) : x) * 10;

    private static int Sleep500(int x)
    {
        Thread.Sleep(500);
        return x;
    }

    /// <summary>Writes the worker's pid to <paramref name="path"/> when given one, then sleeps a minute; else squares.</summary>
    [ProcessTarget]
    public static int SquareOrHang(string path, int x)
    {
        if (path.Length > 0)
        {
            File.WriteAllText(path, Environment.ProcessId.ToString());
            Thread.Sleep(60_000);
        }

        return x * x;
    }

    /// <summary>A child that owns a pool whose only worker hangs in a task (after writing its pid to <paramref name="path"/>).</summary>
    [ProcessTarget]
    public static void OwnPoolWithHangingTask(string path)
    {
        var pool = new ProcessPool(1);
        pool.ApplyAsync(SquareOrHang, (path, 1));
        Thread.Sleep(600_000);
    }

    /// <summary>Sums <paramref name="count"/> doubles of a shared block, then writes its pid after them.</summary>
    [ProcessTarget]
    public static double SumShared(SharedMemoryBlock block, int count)
    {
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(block.Span)[..count];
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        System.Runtime.InteropServices.MemoryMarshal.Write(block.Span[(count * sizeof(double))..], Environment.ProcessId);
        return sum;
    }

    /// <summary>Creates a block it owns, reports its name in <paramref name="path"/>, then waits (or returns at once).</summary>
    [ProcessTarget]
    public static string CreateSharedAndWait(string path, int milliseconds)
    {
        var block = SharedMemoryBlock.Create(64);
        File.WriteAllText(path, block.Name);
        Thread.Sleep(milliseconds);
        return block.Name; // not disposed: the owner's exit removes it
    }

    /// <summary>Multiplies elements [start, start + count) of a shared array in place; returns their new sum.</summary>
    [ProcessTarget]
    public static double ScaleShared(SharedArray<double> array, int start, int count, double factor)
    {
        double sum = 0;
        foreach (ref double value in array.Span.Slice(start, count))
        {
            value *= factor;
            sum += value;
        }

        return sum;
    }

    /// <summary>Adds 1 to a shared counter <paramref name="times"/> times, racing with other processes.</summary>
    [ProcessTarget]
    public static long CountShared(SharedValue<long> counter, int times)
    {
        long last = 0;
        for (int i = 0; i < times; i++)
        {
            last = counter.Add(1);
        }

        return last;
    }

    /// <summary>Increments a shared value with a racy read-modify-write, protected by the lock.</summary>
    [ProcessTarget]
    public static void IncrementUnderLock(ProcessLock processLock, SharedValue<long> counter, int times, SharedArray<long> startLine)
    {
        // Everyone starts together (startLine[0]: ready count, startLine[1]: go), so the increments really race.
        Interlocked.Increment(ref startLine[0]);
        while (Volatile.Read(ref startLine[1]) == 0)
        {
            Thread.SpinWait(100);
        }

        for (int i = 0; i < times; i++)
        {
            using (processLock.Lock())
            {
                long value = counter.Value;
                Thread.SpinWait(100);
                counter.Value = value + 1;
            }
        }
    }

    /// <summary>
    /// Takes the lock, writes its liveness token to <paramref name="path"/>.token, then its pid to <paramref name="path"/>,
    /// and keeps the lock until killed.
    /// </summary>
    [ProcessTarget]
    public static void HoldLock(ProcessLock processLock, string path)
    {
        processLock.Acquire();
        ChildWait.WriteTokenFile(path);
        File.WriteAllText(path, Environment.ProcessId.ToString());
        Thread.Sleep(600_000);
    }

    [ProcessTarget]
    public static void RememberGreeting(string greeting) => s_greeting = greeting;

    [ProcessTarget]
    public static string Greeting() => s_greeting ?? "(no initializer ran)";

    [ProcessTarget]
    public static string GreetingOf(int _) => Greeting();

    [ProcessTarget]
    public static int SleepThenReturnPid(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return Environment.ProcessId;
    }

    [ProcessTarget]
    public static void BrokenInitializer() => throw new InvalidOperationException("the initializer cannot start");

    private static string? s_greeting;

    /// <summary>Changed in children: the parent must never see it (processes do not share memory).</summary>
    public static int Counter;

    public static int NotATarget(int x) => x;
}

/// <summary>A record with a collection member, to check records cross the boundary.</summary>
public sealed record Measurement(string Name, double Value, List<string> Labels);
