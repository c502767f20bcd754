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

    /// <summary>How old a liveness file's draft (<c>mp.net-&lt;token&gt;.new</c>) must be before a sweep removes it.</summary>
    internal static readonly TimeSpan DraftAge = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Removes what owners that are proven dead left behind (<see cref="ProcessIdentity.IsAlive"/>, true across pid
    /// namespaces): segments named <c>mp.net-&lt;owner token&gt;-...</c>, their liveness files, and control directories
    /// named <c>multiprocessing-&lt;owner token&gt;-...</c>, and liveness-file drafts older than <see cref="DraftAge"/>. A live
    /// owner's objects are never touched.
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
                if (owner != 0 && rest[8..].SequenceEqual(".new"))
                {
                    // A liveness file's draft lives for microseconds (created, locked, linked into place, unlinked):
                    // one a minute old belongs to a process killed in that window.
                    if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > DraftAge)
                    {
                        Interop.FileCalls.Unlink(path);
                        removed++;
                    }

                    continue;
                }

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
                // Only on proof. A liveness file found unlocked is one. A missing one is not (a process whose segment
                // directory differs from ours keeps its file elsewhere): then the directory's own socket must refuse.
                if (owner != 0 && rest.Length > 9 && rest[8] == '-' && census.Check(owner) switch
                    {
                        ProcessIdentity.Liveness.Dead => true,
                        ProcessIdentity.Liveness.Missing => !IsServed(path),
                        _ => false,
                    })
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

    /// <summary>
    /// Whether a control directory's socket still has a listener (its owner lives): a connection that is refused, or a
    /// directory that has had no socket for a while, proves the owner gone in any pid namespace.
    /// </summary>
    private static bool IsServed(string directory)
    {
        string socketPath = Path.Combine(directory, "control.sock");
        if (!File.Exists(socketPath))
        {
            // Made, not bound yet (a start in progress), or left without its socket: wait before judging.
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) < TimeSpan.FromSeconds(30);
        }

        using var probe = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        try
        {
            probe.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
            return true; // a listener answered (it drops a peer that says nothing)
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return ex.SocketErrorCode is not (System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.AddressNotAvailable);
        }
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
