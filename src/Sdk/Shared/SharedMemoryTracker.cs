namespace Multiprocessing;

/// <summary>
/// Removes the segments of shared memory blocks when their owner exits, and those that owners which were killed left
/// behind: a segment is named <c>mp.net-&lt;owner token&gt;-...</c> (<see cref="ProcessIdentity"/>), so one whose owner is
/// proven dead can be recognized by any process, in any pid namespace. <see cref="ResourceTracker"/> runs the same
/// sweep when a program's process tree is killed.
/// </summary>
internal static class SharedMemoryTracker
{
    private static readonly object s_gate = new();
    private static readonly HashSet<SharedMemoryBlock> s_owned = [];
    private static readonly HashSet<string> s_names = []; // unmapped here, still in use elsewhere: removed at exit
    private static readonly List<(SharedMemoryBlock Block, Func<bool> InUse)> s_deferred = [];
    private static bool s_hooked;
    private static int s_swept;

    internal static void Track(SharedMemoryBlock block)
    {
        lock (s_gate)
        {
            s_owned.Add(block);
            ResourceTracker.EnsureStarted();
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

    /// <summary>
    /// Sweeps once per process, on a pool thread, the first time this process creates a block: no directory scan on
    /// every creation, so creating a block costs the same with 15,000 live segments as with 10.
    /// </summary>
    internal static void EnsureSwept()
    {
        if (Interlocked.Exchange(ref s_swept, 1) == 0 && OperatingSystem.IsLinux())
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Sweep(), null);
        }
    }

    /// <summary>
    /// Removes what owners that are proven dead left behind (<see cref="ProcessIdentity.IsAlive"/>, true across pid
    /// namespaces): segments named <c>mp.net-&lt;owner token&gt;-...</c>, their liveness files, and control directories
    /// named <c>multiprocessing-&lt;owner token&gt;-...</c>. A live owner's objects are never touched.
    /// </summary>
    /// <returns>How many entries were removed.</returns>
    internal static int Sweep()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var census = new ProcessIdentity.Census();
        int removed = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(SharedMemoryBlock.Directory, SharedMemoryBlock.Prefix + "*"))
            {
                var rest = Path.GetFileName(path.AsSpan())[SharedMemoryBlock.Prefix.Length..];
                int owner = ProcessIdentity.Parse(rest);
                if (owner == 0 || !(rest.Length > 9 && rest[8] == '-' || rest[8..].SequenceEqual(".live")))
                {
                    continue; // not the SDK's (or an older SDK's pid-named segment, whose owner cannot be proven dead)
                }

                if (census.Check(owner) != ProcessIdentity.Liveness.Alive)
                {
                    Interop.FileCalls.Unlink(path);
                    removed++;
                }
            }

            foreach (var path in Directory.EnumerateDirectories(Path.GetTempPath(), ControlDirectoryPrefix + "*"))
            {
                var rest = Path.GetFileName(path.AsSpan())[ControlDirectoryPrefix.Length..];
                int owner = ProcessIdentity.Parse(rest);
                // Only on proof: a process whose segment directory differs from ours has its liveness file elsewhere.
                if (owner != 0 && rest.Length > 9 && rest[8] == '-' && census.Check(owner) == ProcessIdentity.Liveness.Dead)
                {
                    try
                    {
                        Directory.Delete(path, recursive: true);
                        removed++;
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return removed;
    }

    /// <summary>How control directories start: <c>multiprocessing-&lt;owner token&gt;-&lt;random&gt;</c> in the temp directory.</summary>
    internal const string ControlDirectoryPrefix = "multiprocessing-";

    /// <summary>Removes the segments this process owns (at exit; safe to call twice).</summary>
    internal static void RemoveOwned()
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
