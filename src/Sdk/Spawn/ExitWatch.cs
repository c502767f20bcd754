using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Multiprocessing.Spawn;

/// <summary>
/// Notices a child's exit as soon as it happens. .NET learns of it through SIGCHLD, whose handling can take
/// milliseconds to reach <see cref="Process.WaitForExitAsync"/> on a busy machine: after the child's control
/// connection has closed (it is exiting), the parent waits on a pidfd for the child to become a zombie and then reaps
/// it through <see cref="Process.HasExited"/>, which is what a warm start's few milliseconds need.
/// </summary>
internal static partial class ExitWatch
{
    private const int SysPidfdOpen = 434; // the same number on every Linux architecture
    private const short PollIn = 1;
    private const int EINTR = 4;
    private const int ENOSYS = 38;

    private static volatile bool s_unsupported = !OperatingSystem.IsLinux();

    /// <summary>Waits up to <paramref name="timeout"/> for <paramref name="process"/> to exit; returns whether it has.</summary>
    /// <remarks>Called only while <paramref name="process"/> is not reaped, so <paramref name="pid"/> is still its pid.</remarks>
    internal static bool WaitBriefly(Process process, int pid, TimeSpan timeout)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        if (process.HasExited)
        {
            return true;
        }

        if (!s_unsupported)
        {
            WaitOnPidfd(pid, deadline);
            if (process.HasExited)
            {
                return true; // reaped here, at once
            }
        }

        // The runtime's SIGCHLD handler may be reaping it right now: wait for that directly rather than through a
        // thread-pool continuation.
        return process.WaitForExit(RemainingMilliseconds(deadline));
    }

    private static void WaitOnPidfd(int pid, long deadline)
    {
        int pidfd = (int)Syscall(SysPidfdOpen, pid, 0);
        if (pidfd < 0)
        {
            s_unsupported = Marshal.GetLastPInvokeError() == ENOSYS; // a kernel before 5.3
            return;
        }

        try
        {
            var entry = new PollFd { Fd = pidfd, Events = PollIn };
            while (Poll(ref entry, 1, RemainingMilliseconds(deadline)) < 0 && Marshal.GetLastPInvokeError() == EINTR)
            {
                // SIGCHLD (or any signal) interrupted the wait: wait again for what is left.
            }
        }
        finally
        {
            _ = Close(pidfd);
        }
    }

    private static int RemainingMilliseconds(long deadline) =>
        (int)Math.Max(0, (deadline - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, int pid, uint flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollFd fds, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
