// The situations Python's multiprocessing tutorials teach about Pool, ported one by one.
// Python:
//   from multiprocessing import Pool
//   if __name__ == '__main__':
//       with Pool(3) as pool:
//           results = [pool.apply_async(task, (i,)) for i in range(10)]
//           print([r.get() for r in results])
using System.Diagnostics;
using Multiprocessing;
using Samples.Pool;

Multiprocess.MainGuard(); // Python's `if __name__ == '__main__':` - the pool's workers start here and run their tasks.

Console.WriteLine($"main: parent pid {Environment.ProcessId}, {Multiprocess.CpuCount} CPUs");
Demo.ApplyAsyncThenCloseJoin();
Demo.MapImapStarmap();
Demo.AnExceptionInATask();
Demo.CpuBoundSpeedUp();
await Demo.AwaitUsing();
Console.WriteLine("main: done");

internal static class Demo
{
    /// <summary>1. Ten tasks on a pool of three with apply_async, then close() and join().</summary>
    public static void ApplyAsyncThenCloseJoin()
    {
        var pool = new ProcessPool(3);
        var results = Enumerable.Range(0, 10).Select(i => pool.ApplyAsync(Tasks.Work, i)).ToList();
        var lines = results.Select(r => r.Get()).ToList();
        lines.ForEach(line => Console.WriteLine($"1. {line}"));
        var pids = lines.Select(line => int.Parse(line[(line.LastIndexOf(' ') + 1)..])).Distinct().Order().ToList();
        Console.WriteLine($"1. {lines.Count} tasks ran on {pids.Count} worker pids ({string.Join(", ", pids)}); the parent is {Environment.ProcessId}");
        pool.Close(); // no more tasks; the workers exit once the submitted ones are done
        pool.Join();
        Console.WriteLine($"1. closed and joined: {pool.State}, {pool.WorkerPids.Count} workers left");
    }

    /// <summary>2. map, imap, imap_unordered and starmap on a pool of two (Python's <c>with Pool(2) as pool:</c>).</summary>
    public static void MapImapStarmap()
    {
        using var pool = new ProcessPool(2); // Dispose terminates the pool, as leaving Python's `with` block does
        int[] numbers = [.. Enumerable.Range(0, 10)];

        Console.WriteLine($"2. map: {string.Join(" ", pool.Map(Tasks.Square, numbers))}");

        Console.Write("2. imap:");
        foreach (int square in pool.Imap(Tasks.Square, numbers))
        {
            Console.Write($" {square}"); // each result as soon as it (and the ones before it) is ready, in order
        }

        Console.WriteLine();

        Console.Write("2. imap_unordered:");
        foreach (int square in pool.ImapUnordered(Tasks.SlowSquare, numbers))
        {
            Console.Write($" {square}"); // in completion order: the small numbers sleep longest
        }

        Console.WriteLine();

        (int, int)[] pairs = [(2, 3), (3, 2), (10, 4), (5, 0)];
        Console.WriteLine($"2. starmap: {string.Join(" ", pool.Starmap(Tasks.Power, pairs))}");
    }

    /// <summary>3. An exception raised in a task reaches the caller; the pool keeps working.</summary>
    public static void AnExceptionInATask()
    {
        using var pool = new ProcessPool(2);
        try
        {
            pool.Apply(Tasks.Divide, (1, 0));
        }
        catch (RemoteProcessException e)
        {
            Console.WriteLine($"3. {e.GetType().Name}: {e.RemoteTypeName}: {e.RemoteMessage}");
        }

        Console.WriteLine($"3. the pool still answers: 84 / 2 = {pool.Apply(Tasks.Divide, (84, 2))}");
    }

    /// <summary>4. A CPU-bound job: count_primes_below(20_000) x 16, in the parent alone and on a pool of one worker per CPU.</summary>
    public static void CpuBoundSpeedUp()
    {
        int[] limits = [.. Enumerable.Repeat(20_000, 16)];
        Tasks.CountPrimesBelow(20_000); // warm up the parent, as the pool is warmed below

        var clock = Stopwatch.StartNew();
        int[] serial = [.. limits.Select(Tasks.CountPrimesBelow)];
        var serialTime = clock.Elapsed;

        using var pool = new ProcessPool(Multiprocess.CpuCount);
        pool.Map(Tasks.CountPrimesBelow, limits, chunkSize: 1); // warm-up: every worker has started and compiled the target
        clock.Restart();
        int[] parallel = pool.Map(Tasks.CountPrimesBelow, limits);
        var parallelTime = clock.Elapsed;

        Console.WriteLine($"4. serial:   {string.Join(" ", serial)} in {serialTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"4. pool({pool.Processes}): {string.Join(" ", parallel)} in {parallelTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"4. speed-up: {serialTime / parallelTime:F2}x on {Multiprocess.CpuCount} CPUs");
    }

    /// <summary>5. The async form: <c>await using</c> terminates the pool when the scope ends; results are awaitable.</summary>
    public static async Task AwaitUsing()
    {
        await using var pool = new ProcessPool(2);
        int[] squares = await pool.MapAsync(Tasks.Square, [1, 2, 3, 4]);
        int one = await pool.ApplyAsync(Tasks.Square, 12);
        Console.WriteLine($"5. await MapAsync: {string.Join(" ", squares)}; await ApplyAsync: {one}");
    }
}
