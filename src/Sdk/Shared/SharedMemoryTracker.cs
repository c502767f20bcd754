namespace Multiprocessing;

/// <summary>
/// Removes the segments of shared memory blocks when their owner exits, and those that owners which were killed left
/// behind (Python's resource tracker): a segment is named <c>mp.net-&lt;owner pid&gt;-...</c>, so one whose owner is gone
/// can be recognized by any process.
/// </summary>
internal static class SharedMemoryTracker
{
    private static readonly object s_gate = new();
    private static readonly HashSet<SharedMemoryBlock> s_owned = [];
    private static readonly HashSet<string> s_names = []; // unmapped here, still in use elsewhere: removed at exit
    private static readonly List<(SharedMemoryBlock Block, Func<bool> InUse)> s_deferred = [];
    private static bool s_hooked;

    internal static void Track(SharedMemoryBlock block)
    {
        lock (s_gate)
        {
            s_owned.Add(block);
            if (!s_hooked)
            {
                s_hooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveOwned();
            }
        }
    }

    internal static void Untrack(SharedMemoryBlock block, bool removeAtExit = false)
    {
        lock (s_gate)
        {
            s_owned.Remove(block);
            if (removeAtExit)
            {
                s_names.Add(block.Name);
            }
        }
    }

    /// <summary>
    /// Keeps an owned block that this process no longer uses but other processes still do (a pipe whose other end a
    /// child holds): it is disposed, and its segment removed, by <see cref="SweepDeferred"/> once
    /// <paramref name="inUse"/> turns false, and at exit at the latest.
    /// </summary>
    internal static void Defer(SharedMemoryBlock block, Func<bool> inUse)
    {
        lock (s_gate)
        {
            s_deferred.Add((block, inUse));
        }
    }

    /// <summary>Disposes the deferred blocks nobody uses any more (called when a child process exits).</summary>
    internal static void SweepDeferred()
    {
        List<SharedMemoryBlock>? done = null;
        lock (s_gate)
        {
            for (int i = s_deferred.Count - 1; i >= 0; i--)
            {
                if (!s_deferred[i].InUse())
                {
                    (done ??= []).Add(s_deferred[i].Block);
                    s_deferred.RemoveAt(i);
                }
            }
        }

        done?.ForEach(b => b.Dispose());
    }

    /// <summary>Removes the segments of SDK blocks whose owner process no longer exists.</summary>
    internal static int SweepAbandoned()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        int removed = 0;
        foreach (var path in Directory.EnumerateFiles(SharedMemoryBlock.Directory, SharedMemoryBlock.Prefix + "*"))
        {
            var parts = Path.GetFileName(path).Split('-');
            if (parts.Length >= 3 && int.TryParse(parts[1], out int owner) && owner != Environment.ProcessId && !System.IO.Directory.Exists($"/proc/{owner}"))
            {
                SharedMemoryBlock.Unlink(Path.GetFileName(path));
                removed++;
            }
        }

        return removed;
    }

    private static void RemoveOwned()
    {
        string[] names;
        lock (s_gate)
        {
            names = s_owned.Select(b => b.Name).Concat(s_names).ToArray();
        }

        foreach (var name in names)
        {
            SharedMemoryBlock.Unlink(name);
        }
    }
}
