using System.Collections.Concurrent;
using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing;

/// <summary>What every process-shared synchronization primitive needs: deadlines, liveness checks, when to spin.</summary>
internal static class SyncWait
{
    /// <summary>How often a waiter for an owned lock wakes up to check that the owner still lives.</summary>
    internal static readonly TimeSpan LivenessCheck = TimeSpan.FromMilliseconds(100);

    private const int MaxSeen = 256;
    private static readonly long s_livenessTicks = (long)(LivenessCheck.TotalSeconds * Stopwatch.Frequency);
    private static readonly ConcurrentDictionary<int, long> s_seenAlive = new();

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

    /// <summary>
    /// Registers a blocking wait's token: cancelling it wakes every sleeper on <paramref name="word"/> (the others find
    /// their condition unchanged and sleep again), so the waiter sees the cancellation at once, without a polling thread.
    /// </summary>
    internal static unsafe CancellationTokenRegistration WakeOnCancel(CancellationToken cancellationToken, int* word) =>
        cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => Futex.WakeAll((int*)(nint)s!), (nint)word)
            : default;

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
    /// Whether the process whose <see cref="ProcessIdentity.Token"/> is <paramref name="token"/> may be alive: false
    /// only on proof of death (<see cref="ProcessIdentity.IsAlive"/>), which holds across pid namespaces, unlike a pid.
    /// </summary>
    /// <remarks>
    /// For the slow paths only (a waiter that slept, a try that failed, a notification to another process's waiter):
    /// proving a token alive costs an open, a flock and a close, so an owner seen alive is taken as alive for
    /// <see cref="LivenessCheck"/> more without asking again. A death is therefore noticed at most that much later;
    /// this process's own token is answered without a system call.
    /// </remarks>
    internal static bool IsAlive(int token)
    {
        if (token <= 0)
        {
            return false; // no owner ever wrote it
        }

        if (token == ProcessIdentity.Token)
        {
            return true;
        }

        long now = Stopwatch.GetTimestamp();
        if (s_seenAlive.TryGetValue(token, out long seen) && now - seen < s_livenessTicks)
        {
            return true;
        }

        if (!ProcessIdentity.IsAlive(token))
        {
            s_seenAlive.TryRemove(token, out _);
            return false;
        }

        if (s_seenAlive.Count >= MaxSeen)
        {
            s_seenAlive.Clear(); // a long-lived process meets many short-lived peers: forget them all at once
        }

        s_seenAlive[token] = now;
        return true;
    }
}
