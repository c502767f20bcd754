using System.Diagnostics;

namespace Multiprocessing.Ipc;

/// <summary>
/// How long a waiter spins on shared memory before it sleeps in the kernel. A blocking wake-up across cores costs
/// tens of microseconds, a spin on a shared word a fraction of one; but spinning helps only when the peer runs at the
/// same time, on another core. So: a short, bounded spin while <see cref="Interop.SpinGate"/> says it can pay (more
/// than one core, and no more runnable threads than cores), none otherwise, and an idle waiter always ends up asleep.
/// </summary>
internal static class SpinPolicy
{
    /// <summary>The spin budget before a futex wait.</summary>
    internal static long SpinTicks => Interop.SpinGate.Pays ? s_spinTicks : 0;

    private static readonly long s_spinTicks = Stopwatch.Frequency / 50_000; // 20 us

    /// <summary>
    /// How long a caller blocked on a pool result reads the workers' rings itself before it sleeps: longer than a
    /// blocking wake-up (25-30 us across cores here), so that when the worker had to be woken the caller is still
    /// polling when the result comes, answers at once, and the worker (spinning after its answer) gets the next task
    /// without being woken again. With a shorter window, one late wake-up would keep every later round trip slow.
    /// </summary>
    internal static long PollTicks => Interop.SpinGate.Pays ? s_pollTicks : 0;

    private static readonly long s_pollTicks = Stopwatch.Frequency / 20_000; // 50 us

    /// <summary>How often a sleeping waiter wakes to check that its peers are alive.</summary>
    internal static readonly TimeSpan LivenessPeriod = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Converts a timeout to a <see cref="Stopwatch"/> deadline (<see cref="long.MaxValue"/>: none): the one policy of
    /// <see cref="SyncWait.Deadline"/>, so that a timeout too large for a deadline waits without a limit here too.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative (other than the infinite one).</exception>
    internal static long Deadline(TimeSpan? timeout) => SyncWait.Deadline(timeout);

    /// <summary>How long to sleep now: until the deadline, but no longer than the liveness period.</summary>
    internal static TimeSpan SleepFor(long deadline, long now)
    {
        if (deadline == long.MaxValue)
        {
            return LivenessPeriod;
        }

        double seconds = (deadline - now) / (double)Stopwatch.Frequency;
        return seconds >= LivenessPeriod.TotalSeconds ? LivenessPeriod : TimeSpan.FromSeconds(Math.Max(seconds, 0));
    }
}
