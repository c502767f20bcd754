using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Multiprocessing.Interop;

namespace Multiprocessing;

/// <summary>
/// Who owns a shared object, in a form that stays true across pid namespaces (two containers sharing
/// <c>/dev/shm</c>, <c>--ipc=host</c>, a shared <c>MULTIPROCESSING_SHM_DIR</c>): a pid number names a different process
/// in each namespace, so the SDK never decides liveness by pid.
/// </summary>
/// <remarks>
/// <para>Each process that owns or locks anything takes a <see cref="Token"/>: a random positive 31-bit number whose
/// liveness file <c>mp.net-&lt;token&gt;.live</c> it creates exclusively (so no two live processes sharing the directory
/// hold the same token) in the segment directory and keeps <c>flock</c>ed for its whole life. The kernel drops that
/// lock when the process dies, however it dies, and whatever namespace looks at the file: a token whose file is
/// missing or can be locked by someone else belongs to a dead process (<see cref="IsAlive"/>).</para>
/// <para>Lock words, ring holder slots and segment names carry tokens, never pids.</para>
/// </remarks>
internal static class ProcessIdentity
{
    private const string LiveSuffix = ".live";
    private static readonly object s_gate = new();
    private static int s_token;
    private static int s_fd = -1;
    private static int s_exiting;

    /// <summary>Whether this process has begun to exit (its liveness file is about to go): nothing new may be made then.</summary>
    internal static bool IsExiting => Volatile.Read(ref s_exiting) != 0;

    /// <summary>This process's token (taken, with its liveness file, at first use).</summary>
    internal static int Token
    {
        get
        {
            int token = Volatile.Read(ref s_token);
            return token != 0 ? token : Take();
        }
    }

    /// <summary>The token as segment names spell it: 8 lower-case hex digits.</summary>
    internal static string Format(int token) => token.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a token written by <see cref="Format"/> at the start of <paramref name="text"/>; 0 when there is none.</summary>
    internal static int Parse(ReadOnlySpan<char> text) =>
        text.Length >= 8 && int.TryParse(text[..8], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int token) && token > 0
            ? token
            : 0;

    /// <summary>The liveness file of <paramref name="token"/>.</summary>
    internal static string LivenessPath(int token) => Path.Combine(SharedMemoryBlock.Directory, $"{SharedMemoryBlock.Prefix}{Format(token)}{LiveSuffix}");

    /// <summary>
    /// Whether the process that holds <paramref name="token"/> may be alive: true for this process, for a live owner
    /// and for an owner this process cannot check (another user's); false only when the owner is proven dead (its
    /// liveness file is gone, or nobody holds its lock). Never false for a live owner, in any pid namespace.
    /// </summary>
    internal static bool IsAlive(int token) => Check(token) == Liveness.Alive;

    /// <summary>
    /// Like <see cref="IsAlive"/>, but tells a liveness file found unlocked (<see cref="Liveness.Dead"/>: proof of
    /// death wherever the caller's directories point) from one not found (<see cref="Liveness.Missing"/>: proof of death
    /// only for objects in this process's segment directory, where the owner made its file before any segment).
    /// </summary>
    internal static Liveness Check(int token)
    {
        if (token <= 0)
        {
            return Liveness.Missing;
        }

        if (token == Volatile.Read(ref s_token) || !OperatingSystem.IsLinux())
        {
            return Liveness.Alive;
        }

        int fd = FileCalls.Open(LivenessPath(token), FileCalls.O_RDONLY | FileCalls.O_CLOEXEC | FileCalls.O_NOFOLLOW, 0);
        if (fd < 0)
        {
            // Gone: dead. Unreadable: another user's, which we cannot prove dead.
            return Marshal.GetLastPInvokeError() == FileCalls.ENOENT ? Liveness.Missing : Liveness.Alive;
        }

        try
        {
            // Nobody holds the owner's exclusive lock: the owner is dead. EWOULDBLOCK: it is held.
            return FileCalls.Flock(fd, FileCalls.LOCK_SH | FileCalls.LOCK_NB) == 0 ? Liveness.Dead : Liveness.Alive;
        }
        finally
        {
            FileCalls.Close(fd); // drops our shared lock, if we took one
        }
    }

    private static int Take()
    {
        lock (s_gate)
        {
            if (s_token != 0)
            {
                return s_token;
            }

            if (!OperatingSystem.IsLinux())
            {
                s_token = Environment.ProcessId;
                return s_token;
            }

            for (int attempt = 0; ; attempt++)
            {
                // Made under a name no sweep touches, locked, then linked into place: a liveness file is never seen
                // unlocked while its owner lives (link fails if the name is taken, as O_EXCL would).
                int token = RandomNumberGenerator.GetInt32(1, int.MaxValue);
                string path = LivenessPath(token);
                string draft = path[..^LiveSuffix.Length] + ".new";
                int fd = FileCalls.Open(draft, FileCalls.O_RDWR | FileCalls.O_CREAT | FileCalls.O_EXCL | FileCalls.O_CLOEXEC | FileCalls.O_NOFOLLOW, FileCalls.OwnerOnly);
                if (fd < 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno == FileCalls.EEXIST && attempt < 64)
                    {
                        continue;
                    }

                    throw new IOException(
                        $"Cannot create this process's liveness file in '{SharedMemoryBlock.Directory}': {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}). " +
                        $"The directory must be writable; set {SharedMemoryBlock.DirectoryVariable} to another tmpfs directory if it is not.");
                }

                bool placed = FileCalls.FileChangeMode(fd, FileCalls.OwnerOnly) == 0 && // whatever the umask
                              FileCalls.Flock(fd, FileCalls.LOCK_EX | FileCalls.LOCK_NB) == 0 &&
                              FileCalls.Link(draft, path) == 0;
                FileCalls.Unlink(draft);
                if (!placed)
                {
                    FileCalls.Close(fd);
                    if (attempt < 64)
                    {
                        continue; // another process's token (or a dead one's, not yet swept): take another
                    }

                    throw new IOException($"Cannot place this process's liveness file in '{SharedMemoryBlock.Directory}' after 64 tries.");
                }

                s_fd = fd;
                Volatile.Write(ref s_token, token);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Release();
                return token;
            }
        }
    }

    /// <summary>
    /// At exit: first what this process owns (its segments, its control directory), then the liveness file. In that
    /// order, a process killed while its exit handlers run (a test host, which its runner kills as soon as it reports)
    /// leaves its liveness file unlocked beside whatever it left, so a sweep can prove it dead and remove the rest; the
    /// other order could leave a directory whose owner no sweep can ever prove dead.
    /// </summary>
    private static void Release()
    {
        Volatile.Write(ref s_exiting, 1);
        Ipc.QueueProducers.ForgetAll(); // while the token lives: consumers must not take this exit for a death
        SharedMemoryTracker.RemoveOwned();
        Spawn.ControlServer.ShutdownIfStarted();
        lock (s_gate)
        {
            if (s_fd >= 0)
            {
                FileCalls.Unlink(LivenessPath(s_token));
            }
        }
    }

    /// <summary>A cache of <see cref="IsAlive"/> answers for one sweep over many segments of few owners.</summary>
    internal sealed class Census
    {
        private readonly ConcurrentDictionary<int, Liveness> _answers = new();

        /// <summary><see cref="Check"/>, asked once per token.</summary>
        internal Liveness Check(int token) => _answers.GetOrAdd(token, static t => ProcessIdentity.Check(t));
    }

    /// <summary>What <see cref="Check"/> found.</summary>
    internal enum Liveness
    {
        /// <summary>The owner lives, or cannot be proven dead.</summary>
        Alive,

        /// <summary>The owner's liveness file is there and nobody holds its lock: the owner is dead.</summary>
        Dead,

        /// <summary>No liveness file: dead, for objects in this process's segment directory.</summary>
        Missing,
    }
}
