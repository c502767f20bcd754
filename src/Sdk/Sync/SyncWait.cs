using System.Diagnostics;
using System.Runtime.InteropServices;
using Multiprocessing.Interop;

namespace Multiprocessing;

/// <summary>What every process-shared synchronization primitive needs: deadlines, liveness checks, when to spin.</summary>
internal static class SyncWait
{
    /// <summary>How often a waiter for an owned lock wakes up to check that the owner still lives.</summary>
    internal static readonly TimeSpan LivenessCheck = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Spinning before sleeping pays only when the peer that will change the word can run at the same time:
    /// with one CPU a spin just delays the peer.
    /// </summary>
    internal static bool CanSpin { get; } = Environment.ProcessorCount > 1;

    /// <summary>Throws where the futex system call is not available.</summary>
    internal static void EnsureSupported(string typeName)
    {
        if (!Futex.IsSupported)
        {
            throw new PlatformNotSupportedException($"{typeName} needs Linux on x64 (futex); other platforms are not supported yet.");
        }
    }

    /// <summary>
    /// The <see cref="Stopwatch"/> timestamp at which a wait of <paramref name="timeout"/> ends; long.MaxValue for null
    /// or <see cref="Timeout.InfiniteTimeSpan"/> (no limit).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative (other than the infinite one).</exception>
    internal static long Deadline(TimeSpan? timeout)
    {
        if (timeout is not { } t || t == Timeout.InfiniteTimeSpan)
        {
            return long.MaxValue;
        }

        if (t < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "A timeout must be zero or positive (or null / Timeout.InfiniteTimeSpan to wait without a limit).");
        }

        double ticks = t.TotalSeconds * Stopwatch.Frequency;
        long now = Stopwatch.GetTimestamp();
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    /// <summary>Checks a timeout up front, for the fast paths that never compute a deadline.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative (other than the infinite one).</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Validate(TimeSpan? timeout)
    {
        if (timeout is { Ticks: < 0 } t && t != Timeout.InfiniteTimeSpan)
        {
            _ = Deadline(t); // throws
        }
    }

    /// <summary>The time left until <paramref name="deadline"/>: null without a limit, zero once it has passed.</summary>
    internal static TimeSpan? Remaining(long deadline)
    {
        if (deadline == long.MaxValue)
        {
            return null;
        }

        long left = deadline - Stopwatch.GetTimestamp();
        return left <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(left / (double)Stopwatch.Frequency);
    }

    /// <summary>The shorter of the time left and <paramref name="cap"/>.</summary>
    internal static TimeSpan AtMost(TimeSpan? remaining, TimeSpan cap) => remaining is { } r && r < cap ? r : cap;

    /// <summary>
    /// Whether <paramref name="pid"/> names a running process. A zombie (dead, not yet reaped by its parent) counts as
    /// dead; a process we may not signal counts as alive.
    /// </summary>
    internal static bool IsAlive(int pid)
    {
        if (pid <= 0)
        {
            return false; // never a process (and kill would signal a whole group)
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (NativeMethods.Kill(pid, 0) != 0 && Marshal.GetLastPInvokeError() == 3) // ESRCH
        {
            return false;
        }

        return !IsZombie(pid);
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            // "pid (comm) state ...": comm may hold spaces and parentheses, so read the state after the last ')'.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            int end = stat.LastIndexOf(')');
            return end >= 0 && end + 2 < stat.Length && stat[end + 2] == 'Z';
        }
        catch (IOException)
        {
            return false; // gone meanwhile, or no /proc: the next check decides
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
