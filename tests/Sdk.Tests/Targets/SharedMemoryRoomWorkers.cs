namespace Multiprocessing.Tests.Targets;

/// <summary>Runs in a child whose shared memory lives in a small directory (a tmpfs of the test's own).</summary>
public static class SharedMemoryRoomWorkers
{
    /// <summary>
    /// Moves this process's shared memory to <paramref name="directory"/> (before its first segment), then reports, a
    /// line each: what creating a queue too large for it did, what a pool with a large task did, and the segments there.
    /// </summary>
    [ProcessTarget]
    public static string UseSmallSharedMemory(string directory)
    {
        Environment.SetEnvironmentVariable("MULTIPROCESSING_SHM_DIR", directory);
        var lines = new List<string>();
        try
        {
            using var queue = ProcessQueue<int>.Create(bufferSize: 8 << 20);
            lines.Add("queue: created");
        }
        catch (IOException ex)
        {
            lines.Add("queue: " + ex.Message);
        }

        using (var pool = new ProcessPool(1))
        {
            var data = new byte[3 << 20];
            new Random(5).NextBytes(data);
            var reversed = pool.Apply(PoolTransportWorkers.Reverse, data);
            Array.Reverse(reversed);
            lines.Add($"pool: {pool.Apply(Workers.Square, 7)} {reversed.AsSpan().SequenceEqual(data)} {string.Join(",", Segments(directory).Select(f => new FileInfo(f).Length))}");
        }

        lines.Add("left: " + Segments(directory).Length);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Moves this process's shared memory to <paramref name="directory"/>, then uses a queue (with a child that fills
    /// it) and a pool there. Reports what arrived and how many segments were in the directory during and after.
    /// </summary>
    [ProcessTarget]
    public static string UseSharedMemoryIn(string directory)
    {
        Environment.SetEnvironmentVariable("MULTIPROCESSING_SHM_DIR", directory);
        int during;
        int sum;
        int square;
        using (var queue = ProcessQueue<int>.Create())
        using (var pool = new ProcessPool(1))
        {
            var feeder = ChildProcess.Create(IpcWorkers.Produce, (queue, 0, 10));
            feeder.Start();
            sum = Enumerable.Range(0, 10).Sum(_ => queue.Get());
            feeder.Join();
            square = pool.Apply(Workers.Square, 9);
            during = Segments(directory).Length;
        }

        return $"sum {sum}, square {square}, during {during}, after {Segments(directory).Length}";
    }

    /// <summary>
    /// In <paramref name="directory"/> (room for one worker's rings and no more), kills the pool's only worker in the
    /// middle of a task while the dead worker's pages are still held: no replacement can start. Reports what the lost
    /// task, a new task and Join did, a line each.
    /// </summary>
    [ProcessTarget]
    public static string LoseTheOnlyWorkerWithoutRoomForAnother(string directory)
    {
        Environment.SetEnvironmentVariable("MULTIPROCESSING_SHM_DIR", directory);
        var lines = new List<string>();
        var pool = new ProcessPool(1);
        int pid = pool.Apply(Workers.Pid);
        using var hold = SharedMemoryBlock.Attach(Path.GetFileName(Segments(directory).Single()));
        var busy = pool.ApplyAsync(Workers.SleepThenReturn, 60_000);
        Thread.Sleep(300);
        System.Diagnostics.Process.GetProcessById(pid).Kill();
        lines.Add(Outcome(() => busy.Get(TimeSpan.FromSeconds(30))));
        lines.Add(Outcome(() => pool.Apply(Workers.Square, 2)));
        pool.Terminate();
        lines.Add("joined: " + pool.JoinAsync().Wait(TimeSpan.FromSeconds(30)));
        return string.Join('\n', lines);
    }

    /// <summary>The segments in <paramref name="directory"/>, not the processes' liveness files (mp.net-&lt;token&gt;.live).</summary>
    private static string[] Segments(string directory) =>
        Directory.GetFiles(directory).Where(f => !f.EndsWith(".live", StringComparison.Ordinal)).ToArray();

    private static string Outcome(Func<int> run)
    {
        try
        {
            return "value: " + run();
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
