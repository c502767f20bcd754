using System.Diagnostics;

namespace Multiprocessing.Spawn;

/// <summary>
/// The warm start's spares (<see cref="StartMethod.WarmSpawn"/>), kept per command line: a start takes a ready spare
/// whose command, environment and working directory are those a fresh launch would get, discards spares whose
/// environment or working directory is no longer this process's, and has the set topped up again on a thread-pool
/// thread. Spares are not children of anybody's (<see cref="Multiprocess.ActiveChildren"/> does not list them); they
/// go when nothing wants them any more, and at this process's exit.
/// </summary>
internal static class SpareSupply
{
    /// <summary>After this many spares in a row die before they are ready, the command gets no more (starts launch fresh processes, which report why).</summary>
    internal const int MaxFailures = 3;

    /// <summary>How long after a start took a spare its successor is launched.</summary>
    internal static readonly TimeSpan ReplenishDelay = TimeSpan.FromMilliseconds(100);

    private static readonly object s_gate = new();
    private static readonly Dictionary<string, SpareSet> s_sets = new(StringComparer.Ordinal);
    private static bool s_exitHookInstalled;

    /// <summary>
    /// Takes a ready spare for a start that would launch <paramref name="start"/>, or returns null (the caller launches
    /// as usual), and makes sure spares are kept for this command from now on.
    /// </summary>
    /// <param name="start">The start info a fresh launch would use (its environment already copied).</param>
    /// <param name="relaunch">Makes the start info of another spare for the same command.</param>
    /// <param name="lease">The pool that wants spares, or null for <see cref="Multiprocess.StartMethod"/>.</param>
    /// <param name="output">Where the adopted spare's output lines go, when <paramref name="start"/> redirects them.</param>
    internal static SpareChild? Take(ProcessStartInfo start, Func<ProcessStartInfo> relaunch, SpareLease? lease, Action<string, bool>? output)
    {
        string command = ChildLauncher.CommandOf(start);
        string fingerprint = ChildLauncher.FingerprintOf(start);
        SpareChild? taken = null;
        List<SpareChild> stale = [];
        SpareSet set;
        lock (s_gate)
        {
            set = SetLocked(command, relaunch, lease);
            for (int i = 0; i < set.Spares.Count; i++)
            {
                var spare = set.Spares[i];
                if (spare.Fingerprint != fingerprint)
                {
                    // Launched before the environment or the working directory changed: it would run under the old ones.
                    stale.Add(spare);
                    set.Spares.RemoveAt(i--);
                }
                else if (taken is null && spare.IsReady && spare.TryAdopt(output))
                {
                    taken = spare;
                    set.Spares.RemoveAt(i--);
                }
            }
        }

        stale.ForEach(static s => s.Discard());
        Replenish(set, afterTake: taken is not null);
        return taken;
    }

    /// <summary>Starts keeping spares for the application itself (after its main guard) as soon as the warm start is chosen.</summary>
    internal static void Prime()
    {
        if (!Multiprocess.MainGuardCalled || Multiprocess.IsChild)
        {
            return;
        }

        static ProcessStartInfo Relaunch() => ChildLauncher.Create(target: null);
        var start = Relaunch();
        SpareSet set;
        lock (s_gate)
        {
            set = SetLocked(ChildLauncher.CommandOf(start), Relaunch, lease: null);
        }

        Replenish(set);
    }

    /// <summary>Sets the spares to what is wanted now: discards extras, launches missing ones.</summary>
    internal static void Adjust()
    {
        SpareSet[] sets;
        lock (s_gate)
        {
            sets = s_sets.Values.ToArray();
        }

        foreach (var set in sets)
        {
            Trim(set);
            Replenish(set);
        }
    }

    internal static void Release(SpareLease lease)
    {
        SpareSet? set;
        lock (s_gate)
        {
            if (lease.Released)
            {
                return;
            }

            lease.Released = true;
            set = lease.Set;
            if (set is not null)
            {
                set.Leases--;
            }
        }

        if (set is not null)
        {
            Trim(set);
        }
    }

    /// <summary>Waits until every command that wants spares has them all ready (or has given up on a broken launch).</summary>
    internal static bool WaitUntilStocked(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        lock (s_gate)
        {
            while (true)
            {
                bool stocked = s_sets.Values.All(static set => set.Failures >= MaxFailures || set.Spares.Count(static s => s.IsReady) >= WantedLocked(set));
                if (stocked)
                {
                    return true;
                }

                var left = timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout - clock.Elapsed;
                if (left != Timeout.InfiniteTimeSpan && left <= TimeSpan.Zero)
                {
                    return false;
                }

                Monitor.Wait(s_gate, left);
            }
        }
    }

    /// <summary>The pids of the spares (launching or ready), for tests and diagnostics.</summary>
    internal static int[] Pids()
    {
        lock (s_gate)
        {
            return s_sets.Values.SelectMany(static set => set.Spares).Select(static s => s.Pid).ToArray();
        }
    }

    private static SpareSet SetLocked(string command, Func<ProcessStartInfo> relaunch, SpareLease? lease)
    {
        Debug.Assert(Monitor.IsEntered(s_gate), "SetLocked runs under s_gate.");
        if (!s_sets.TryGetValue(command, out var set))
        {
            set = new SpareSet(command, relaunch);
            s_sets.Add(command, set);
        }

        set.Launcher = relaunch;
        if (lease is null)
        {
            set.Global = true;
        }
        else if (lease.Set is null && !lease.Released)
        {
            lease.Set = set;
            set.Leases++;
        }

        if (!s_exitHookInstalled)
        {
            s_exitHookInstalled = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DiscardAll();
        }

        return set;
    }

    private static int WantedLocked(SpareSet set)
    {
        Debug.Assert(Monitor.IsEntered(s_gate), "WantedLocked runs under s_gate.");
        bool wanted = set.Leases > 0 || (set.Global && Multiprocess.StartMethod == StartMethod.WarmSpawn);
        return wanted && set.Failures < MaxFailures ? Multiprocess.SpareProcesses : 0;
    }

    /// <summary>Launches the spares <paramref name="set"/> is missing, on the thread pool.</summary>
    /// <param name="set">The command's spares.</param>
    /// <param name="afterTake">
    /// A start just took a spare: launch its successor a little later (<see cref="ReplenishDelay"/>), so that a launch,
    /// about 100 ms of CPU for a runtime's start-up, does not compete with the work just handed over.
    /// </param>
    private static void Replenish(SpareSet set, bool afterTake = false)
    {
        lock (s_gate)
        {
            int missing = WantedLocked(set) - set.Spares.Count - set.Launching;
            for (int i = 0; i < missing; i++)
            {
                set.Launching++;
                if (afterTake)
                {
                    _ = Task.Delay(ReplenishDelay).ContinueWith(_ => LaunchOne(set), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                }
                else
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static s => LaunchOne(s), set, preferLocal: false);
                }
            }
        }
    }

    private static void LaunchOne(SpareSet set)
    {
        SpareChild? spare = null;
        try
        {
            var start = set.Launcher();
            if (ChildLauncher.CommandOf(start) == set.Command)
            {
                spare = SpareChild.Launch(start, set.Command, ChildLauncher.FingerprintOf(start), OnChanged);
            }
        }
        catch (Exception ex) when (ex is ProcessException or IOException or InvalidOperationException)
        {
            lock (s_gate)
            {
                set.Failures++;
            }
        }

        bool keep;
        lock (s_gate)
        {
            set.Launching--;
            keep = spare is not null && set.Spares.Count < WantedLocked(set);
            if (keep)
            {
                set.Spares.Add(spare!);
            }

            Monitor.PulseAll(s_gate);
        }

        if (!keep)
        {
            spare?.Discard();
        }
    }

    private static void OnChanged(SpareChild spare)
    {
        SpareSet? set;
        lock (s_gate)
        {
            s_sets.TryGetValue(spare.Command, out set);
            if (set is not null && spare.IsGone)
            {
                set.Spares.Remove(spare);
                if (spare.FailedBeforeReady)
                {
                    set.Failures++;
                }
            }
            else if (set is not null && spare.IsReady)
            {
                set.Failures = 0;
            }

            Monitor.PulseAll(s_gate);
        }

        if (set is not null && spare.IsGone)
        {
            Replenish(set);
        }
    }

    private static void Trim(SpareSet set)
    {
        List<SpareChild> extra = [];
        lock (s_gate)
        {
            int wanted = WantedLocked(set);
            // Keep the ready ones first: they cost a launch and a warm-up.
            foreach (var spare in set.Spares.OrderBy(static s => s.IsReady ? 0 : 1).Skip(wanted).ToArray())
            {
                set.Spares.Remove(spare);
                extra.Add(spare);
            }

            Monitor.PulseAll(s_gate);
        }

        extra.ForEach(static s => s.Discard());
    }

    private static void DiscardAll()
    {
        List<SpareChild> all;
        lock (s_gate)
        {
            all = s_sets.Values.SelectMany(static set => set.Spares).ToList();
            foreach (var set in s_sets.Values)
            {
                set.Spares.Clear();
                set.Global = false;
                set.Leases = 0;
            }
        }

        all.ForEach(static s => s.Discard());
    }
}
