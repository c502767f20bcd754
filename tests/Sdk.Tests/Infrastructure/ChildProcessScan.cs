namespace Multiprocessing.Tests.Infrastructure;

/// <summary>Finds the live OS children of the current process by reading /proc (no SDK bookkeeping involved).</summary>
internal static class ChildProcessScan
{
    internal static IReadOnlyList<(int Pid, string Command)> LiveChildren()
    {
        var result = new List<(int, string)>();
        int self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so parse after the last ')'.
                string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == self && fields[0] != "Z")
                {
                    string cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
                    result.Add((pid, cmd));
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return result;
    }

    /// <summary>Waits briefly for children that are exiting, then returns the ones still alive.</summary>
    internal static IReadOnlyList<(int Pid, string Command)> LingeringChildren(TimeSpan grace)
    {
        var deadline = DateTime.UtcNow + grace;
        while (true)
        {
            var live = LiveChildren();
            if (live.Count == 0 || DateTime.UtcNow > deadline)
            {
                return live;
            }

            Thread.Sleep(20);
        }
    }
}
