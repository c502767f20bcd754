using System.Diagnostics;

namespace Multiprocessing;

/// <summary>
/// Python's resource tracker: a tiny watcher that removes what a program's process tree leaves behind when it is
/// killed (<c>kill -9</c>, the OOM killer), promptly, without waiting for the next SDK program to start.
/// </summary>
/// <remarks>
/// <para>The first process of a tree (not a spawned child) starts it once, when it first creates a segment or a
/// control directory: a POSIX shell, detached from the program (so it is nobody's child and ignores Ctrl+C), reading a
/// pipe whose only writer is the program. The pipe's end of file says the program is gone, however it went; the
/// watcher then sweeps a few times over about 1.5 s, as the program's children die with it: every segment, liveness
/// file and control directory whose owner is proven dead by its liveness lock (<see cref="ProcessIdentity"/>) goes,
/// and so do the blocks the program created under names of its own (they are reported on the pipe). It costs no CPU
/// while it waits and holds no secret: its arguments are two directory names.</para>
/// <para>A liveness file the watcher cannot open (another user's, or one removed under it) is passed by: the file is
/// opened by a redirection on <c>flock</c> itself, never by <c>exec</c>, whose failed redirection would end a POSIX
/// shell and with it every sweep still to come.</para>
/// <para>It needs <c>/bin/sh</c> and <c>flock(1)</c> (util-linux or busybox); without them nothing breaks, and the next
/// SDK process to create a segment sweeps instead.</para>
/// </remarks>
internal static class ResourceTracker
{
    /// <summary>The watcher's script; $1 is the segment directory, $2 the temp directory.</summary>
    private const string Script = """
        trap '' INT HUP TERM QUIT PIPE
        exec 3<&0 </dev/null >/dev/null 2>&1
        (
          names=' '
          while read -r op n; do
            case "$op" in
              R) names="$names$n " ;;
              U) case "$names" in *" $n "*) names="${names%%" $n "*} ${names#*" $n "}" ;; esac ;;
            esac
          done <&3
          exec 3<&-
          shm=$1 tmp=$2
          sweep() {
            for f in "$shm"/mp.net-????????.live; do
              if flock -n -s 4 4<"$f"; then
                t=${f##*/mp.net-}; t=${t%.live}
                rm -f "$f" "$shm"/mp.net-"$t"-*
                rm -rf "$tmp"/multiprocessing-"$t"-*
              fi
            done
          }
          for n in $names; do rm -f "$shm/$n"; done
          for d in 0 0.2 0.2 0.2 0.2 0.2 0.5; do sleep $d; sweep; done
        ) &
        """;

    private static readonly object s_gate = new();
    private static readonly List<string> s_pending = [];
    private static StreamWriter? s_pipe;
    private static Process? s_shell;
    private static int s_state; // 0 not started, 1 starting or started, 2 failed

    /// <summary>The tracker's process name in <c>ps</c> (its <c>$0</c>).</summary>
    internal const string ProcessName = "multiprocessing-tracker";

    /// <summary>Whether this process should run a tracker: the first process of its tree, on Linux.</summary>
    private static bool IsTreeRoot => OperatingSystem.IsLinux() && !Spawn.SpawnEnvironment.IsSpawnedChild;

    /// <summary>Starts the tracker in the background, once per program (a no-op in spawned children).</summary>
    internal static void EnsureStarted()
    {
        if (Volatile.Read(ref s_state) == 0 && IsTreeRoot && Interlocked.CompareExchange(ref s_state, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Start(), null);
        }
    }

    /// <summary>Tells the tracker about a block created under a name of the user's own (removed if the program is killed).</summary>
    internal static void Register(string name) => Send("R " + name);

    /// <summary>Tells the tracker that such a block was removed.</summary>
    internal static void Unregister(string name) => Send("U " + name);

    private static void Send(string line)
    {
        if (!IsTreeRoot)
        {
            return;
        }

        EnsureStarted();
        lock (s_gate)
        {
            if (s_pipe is null)
            {
                if (s_state == 1)
                {
                    s_pending.Add(line);
                }

                return;
            }

            try
            {
                s_pipe.WriteLine(line);
            }
            catch (IOException)
            {
                // The tracker is gone: the next SDK process sweeps instead.
            }
        }
    }

    private static void Start()
    {
        try
        {
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Script);
            start.ArgumentList.Add(ProcessName);
            start.ArgumentList.Add(SharedMemoryBlock.Directory);
            start.ArgumentList.Add(Path.TrimEndingDirectorySeparator(Path.GetTempPath()));
            // Never disposed: closing the pipe would tell the watcher that the program is gone.
            var shell = Process.Start(start) ?? throw new InvalidOperationException("no process");
            s_shell = shell;
            var pipe = shell.StandardInput;
            pipe.AutoFlush = true;
            lock (s_gate)
            {
                foreach (var line in s_pending)
                {
                    pipe.WriteLine(line);
                }

                s_pending.Clear();
                s_pipe = pipe;
            }

            shell.WaitForExit(); // the outer shell exits at once; the watcher runs on, detached
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            lock (s_gate)
            {
                s_state = 2;
                s_pending.Clear();
            }
        }
    }
}
