using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Multiprocessing.Spawn;

namespace Multiprocessing;

/// <summary>
/// The process-wide facade (Python's module-level functions): the main guard, who this process is, its parent,
/// its running children and the CPU count.
/// </summary>
public static class Multiprocess
{
    private static readonly object s_gate = new();
    private static readonly List<ChildProcess> s_children = [];
    private static ProcessInfo? s_current;
    private static ProcessInfo? s_parent;
    private static string s_identity = "";
    private static int s_childCounter;
    private static bool s_exitHookInstalled;
    private static volatile bool s_bootstrapComplete = !SpawnEnvironment.IsSpawnedChild;
    private static volatile StartMethod s_startMethod;
    private static volatile int s_spareProcesses = 1;

    /// <summary>
    /// The main guard, Python's <c>if __name__ == '__main__':</c>. Call it as the first statement of <c>Main</c> (or
    /// of the top-level statements). In the main process it returns at once. In a child spawned by this SDK it runs
    /// the target and exits the process with the target's exit code: it never returns there.
    /// </summary>
    /// <remarks>Code before the guard runs again in every child; a child that starts a process before the guard
    /// gets a <see cref="ProcessException"/>. Analyzer MP0001 reports a missing or misplaced guard. Without the guard a
    /// JIT-compiled app's children run through the SDK's child host instead (a second <c>dotnet</c> start-up per
    /// child); a NativeAOT app has no child host, so starting a process without the guard throws a
    /// <see cref="ProcessException"/> (and MP0001 is a build error when <c>PublishAot</c> is set).</remarks>
    public static void MainGuard()
    {
        if (SpawnEnvironment.IsSpawnedChild && !s_bootstrapComplete)
        {
            // Set before the target runs: a re-launched application reached its guard, so the target's own children
            // re-launch it too (the only way under NativeAOT). The child host calls the guard as well; its children
            // (no app to re-launch) go through the child host again.
            MainGuardCalled = Environment.GetEnvironmentVariable(SpawnEnvironment.TargetAssembly) is null;
            ChildBootstrap.Run();
        }

        MainGuardCalled = true;
    }

    /// <summary>This process: its name (<c>MainProcess</c> in the main process), pid and authkey (Python's <c>current_process()</c>).</summary>
    public static ProcessInfo Current
    {
        get
        {
            // Created on first use: a spawned child gets its identity from its parent and must not pay for a
            // random-number generator (OpenSSL) on its start path.
            if (s_current is null)
            {
                Interlocked.CompareExchange(ref s_current, new ProcessInfo("MainProcess", Environment.ProcessId, RandomNumberGenerator.GetBytes(32), daemon: false), null);
            }

            return s_current;
        }
    }

    /// <summary>The process that spawned this one, or null in the main process (Python's <c>parent_process()</c>).</summary>
    public static ProcessInfo? Parent => s_parent;

    /// <summary>The number of CPUs this process may use (Python's <c>cpu_count()</c>).</summary>
    public static int CpuCount => Environment.ProcessorCount;

    /// <summary>Whether this process is a child spawned by the SDK.</summary>
    public static bool IsChild => SpawnEnvironment.IsSpawnedChild;

    /// <summary>The children of this process that are still running (Python's <c>active_children()</c>); finished ones are dropped from the list.</summary>
    /// <returns>A snapshot of the running children.</returns>
    public static IReadOnlyList<ChildProcess> ActiveChildren()
    {
        lock (s_gate)
        {
            s_children.RemoveAll(static c => !c.IsAlive);
            return s_children.ToArray();
        }
    }

    /// <summary>
    /// How this process starts its children (Python's <c>set_start_method</c> / <c>get_start_method</c>):
    /// <see cref="Multiprocessing.StartMethod.Spawn"/> (the default) launches a fresh process for every start;
    /// <see cref="Multiprocessing.StartMethod.WarmSpawn"/> keeps <see cref="SpareProcesses"/> ready spare children
    /// per command line, to which <see cref="ChildProcess.Start()"/> and pools' replacements of crashed workers hand
    /// their work. A pool can choose for itself with <see cref="ProcessPoolOptions.StartMethod"/>.
    /// </summary>
    /// <remarks>
    /// <para>Set it early, right after <see cref="MainGuard"/>: in an application whose main guard ran, choosing
    /// <see cref="Multiprocessing.StartMethod.WarmSpawn"/> launches the first spare at once, so even the first start
    /// is warm. Otherwise (the SDK's child host, e.g. under a test runner) spares are launched for a target's assembly
    /// after its first start.</para>
    /// <para>Switching back to <see cref="Multiprocessing.StartMethod.Spawn"/> ends the spares kept for it. Spares end
    /// with this process too: each one exits as soon as its control connection closes.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a <see cref="Multiprocessing.StartMethod"/>.</exception>
    public static StartMethod StartMethod
    {
        get => s_startMethod;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Choose StartMethod.Spawn or StartMethod.WarmSpawn.");
            }

            var previous = s_startMethod;
            s_startMethod = value;
            if (value == StartMethod.WarmSpawn && previous != StartMethod.WarmSpawn)
            {
                SpareSupply.Prime();
            }

            SpareSupply.Adjust();
        }
    }

    /// <summary>
    /// How many ready spares the warm start keeps per command line (default 1): more spares serve bursts of starts
    /// (e.g. several pool workers crashing at once) without a launch, and each one holds the memory of an idle child.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 64.</exception>
    public static int SpareProcesses
    {
        get => s_spareProcesses;
        set
        {
            if (value is < 1 or > 64)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Keep between 1 and 64 spare processes; to keep none, set StartMethod = StartMethod.Spawn.");
            }

            s_spareProcesses = value;
            SpareSupply.Adjust();
        }
    }

    /// <summary>
    /// Waits until the warm start has all its spares ready (launched, authenticated and warmed up), e.g. before a
    /// latency-sensitive phase. Returns at once when no spares are wanted.
    /// </summary>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits until they are ready.</param>
    /// <returns>True when every spare is ready (or a command's spares keep dying before they are ready, in which
    /// case its starts launch fresh processes that report why); false when the timeout passed first.</returns>
    public static bool WaitForSpares(TimeSpan timeout) => SpareSupply.WaitUntilStocked(timeout);

    internal static bool MainGuardCalled { get; private set; }

    internal static string Identity => s_identity;

    internal static string NextChildIdentity()
    {
        int n = Interlocked.Increment(ref s_childCounter);
        return s_identity.Length == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{s_identity}:{n}";
    }

    internal static void EnsureCanStartChildren()
    {
        if (!s_bootstrapComplete)
        {
            throw new ProcessException(
                "An attempt has been made to start a new process before the current process has finished its bootstrapping phase. " +
                "This child process is running code that comes before the main guard. Call Multiprocess.MainGuard() as the " +
                "first statement of Main (or of the top-level statements), and start processes only after it " +
                "(Python: the 'if __name__ == \"__main__\":' idiom).");
        }

        if (!MainGuardCalled && !RuntimeFeature.IsDynamicCodeSupported)
        {
            // NativeAOT: the child host is a managed assembly run by 'dotnet', which a native executable neither has
            // nor can load a target into. A child can only be this executable again, picking up its target at the guard.
            throw new ProcessException(
                "Cannot start a child process: this is a NativeAOT application and Multiprocess.MainGuard() was never called. " +
                "A NativeAOT app spawns its children by running itself again, and a child finds its target only at the main guard. " +
                "Call Multiprocess.MainGuard() as the first statement of Main (or of the top-level statements).");
        }

        if (Current.Daemon)
        {
            throw new ProcessException($"Daemonic processes are not allowed to have children: '{Current.Name}' is a daemon.");
        }
    }

    /// <summary>
    /// What a terminal's Ctrl+C (SIGINT) does to plain child processes started from now on:
    /// <see cref="Multiprocessing.InterruptHandling.CancelChildren"/> (the default: children ignore it, and this
    /// process cancels their targets' tokens when it receives it) or <see cref="Multiprocessing.InterruptHandling.Signal"/>
    /// (CPython's: children die of it). Pool workers always leave the decision to their pool.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an <see cref="Multiprocessing.InterruptHandling"/>.</exception>
    public static InterruptHandling InterruptHandling
    {
        get => s_interruptHandling;
        set => s_interruptHandling = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Choose InterruptHandling.CancelChildren or InterruptHandling.Signal.");
    }

    private static InterruptHandling s_interruptHandling;
    private static IDisposable? s_interruptHook;

    /// <summary>On SIGINT, with <see cref="InterruptHandling.CancelChildren"/>: cancels every running plain child's target.</summary>
    private static void OnInterrupt()
    {
        Volatile.Write(ref s_interrupted, true);
        ChildProcess[] children;
        lock (s_gate)
        {
            children = s_children.ToArray();
        }

        foreach (var child in children)
        {
            if (child.CancelsOnInterrupt && child.Child is { HasExited: false } spawned)
            {
                spawned.SendCancel([]);
            }
        }
    }

    internal static void Track(ChildProcess child)
    {
        lock (s_gate)
        {
            s_children.Add(child);
            if (s_interruptHook is null && child.CancelsOnInterrupt && !OperatingSystem.IsWindows())
            {
                // Whether SIGINT ends this process stays the application's choice: the handler does not cancel it.
                s_interruptHook = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                    System.Runtime.InteropServices.PosixSignal.SIGINT, static _ => OnInterrupt());
            }

            if (!s_exitHookInstalled)
            {
                s_exitHookInstalled = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => OnParentExit();
            }
        }
    }

    internal static void Untrack(ChildProcess child)
    {
        lock (s_gate)
        {
            s_children.Remove(child);
        }
    }

    internal static void BecomeChild(string name, int parentPid, string parentName, byte[] authkey, bool daemon, string identity)
    {
        s_current = new ProcessInfo(name, Environment.ProcessId, authkey, daemon);
        s_parent = new ProcessInfo(parentName, parentPid, authkey, daemon: false);
        s_identity = identity;
    }

    internal static void CompleteBootstrap() => s_bootstrapComplete = true;

    /// <summary>Python's exit handler: terminate daemonic children, then wait for the others.</summary>
    private static void OnParentExit()
    {
        ChildProcess[] children;
        lock (s_gate)
        {
            children = s_children.ToArray();
        }

        foreach (var child in children)
        {
            if (child.Daemon && child.IsAlive)
            {
                child.Terminate();
            }
        }

        // After a Ctrl+C (SIGINT) the children's targets were cancelled: those that honour their token end at once; one
        // that takes none, or ignores it, gets InterruptGrace, then SIGTERM, so that Ctrl+C never hangs the exit.
        var patience = Volatile.Read(ref s_interrupted) ? InterruptGrace : Timeout.InfiniteTimeSpan;
        foreach (var child in children)
        {
            if (child.Child is not { } spawned || spawned.Wait(child.Daemon ? TimeSpan.FromSeconds(1) : patience))
            {
                continue;
            }

            if (!child.Daemon)
            {
                spawned.Signal(Interop.NativeMethods.SIGTERM);
                if (spawned.Wait(TimeSpan.FromSeconds(1)))
                {
                    continue;
                }
            }

            child.Kill();
        }
    }

    /// <summary>How long the exit handler waits for a cancelled child after a SIGINT before it terminates it.</summary>
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(5);

    private static bool s_interrupted;
}
