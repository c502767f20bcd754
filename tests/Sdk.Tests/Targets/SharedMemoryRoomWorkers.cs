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
            lines.Add($"pool: {pool.Apply(Workers.Square, 7)} {reversed.AsSpan().SequenceEqual(data)} {string.Join(",", Directory.GetFiles(directory).Select(f => new FileInfo(f).Length))}");
        }

        lines.Add("left: " + Directory.GetFiles(directory).Length);
        return string.Join('\n', lines);
    }
}
