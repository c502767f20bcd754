namespace Multiprocessing.TestSupport;

/// <summary>Whether processes are still alive, read from /proc (no SDK bookkeeping involved). Linked into the test projects that need it.</summary>
internal static class Processes
{
    /// <summary>True when <paramref name="pid"/> runs (a zombie, exited but not reaped, does not count).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits briefly for exiting processes, then asserts that none of <paramref name="pids"/> is alive.</summary>
    public static void AssertNoneAlive(IEnumerable<int> pids)
    {
        var list = pids.Distinct().ToList();
        Assert.NotEmpty(list);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (list.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.True(!list.Any(IsAlive), $"worker processes left behind: {string.Join(", ", list.Where(IsAlive))}");
    }
}
