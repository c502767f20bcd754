namespace Multiprocessing.Tests.Infrastructure;

/// <summary>Waits for what a child process does, with a generous limit for a busy 2-core machine.</summary>
internal static class ChildWait
{
    internal static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// In a child, before it writes its pid to <paramref name="pidPath"/>: writes its liveness token (what lock words and
    /// <see cref="LockAbandonedException.DeadHolder"/> name it by) next to it, for <see cref="TokenNextTo"/>.
    /// </summary>
    internal static void WriteTokenFile(string pidPath) => File.WriteAllText(pidPath + ".token", ProcessIdentity.Token.ToString());

    /// <summary>After <see cref="ForPidFile"/>: the token the child wrote with <see cref="WriteTokenFile"/> (the file is removed).</summary>
    internal static int TokenNextTo(string pidPath)
    {
        int token = int.Parse(File.ReadAllText(pidPath + ".token"));
        File.Delete(pidPath + ".token");
        return token;
    }

    /// <summary>Waits until a child has written its pid (or any integer) to <paramref name="path"/>, and returns it.</summary>
    internal static int ForPidFile(string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (int.TryParse(File.ReadAllText(path), out int pid))
            {
                return pid;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException($"no child wrote a pid to {path}");
    }

    /// <summary>Waits until a child has written some text to <paramref name="path"/>, and returns it.</summary>
    internal static string ForText(string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (File.ReadAllText(path) is { Length: > 0 } text)
            {
                return text;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException($"no child wrote to {path}");
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails the test when it never does.</summary>
    internal static void Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the condition");
            Thread.Sleep(10);
        }
    }

    /// <summary>Whether <paramref name="pid"/> is a running process (a zombie awaiting its reaper counts as gone).</summary>
    internal static bool IsRunning(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
