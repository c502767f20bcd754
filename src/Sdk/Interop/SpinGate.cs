namespace Multiprocessing.Interop;

/// <summary>
/// The one place that says whether spinning on shared memory can pay now. A spin helps only while the peer runs at
/// the same time on another core; on one core, or while the machine has more runnable threads than cores, the spin
/// burns the time slice the peer needs to answer, and a waiter does better to sleep at once. So: never on one core;
/// otherwise only while the kernel's count of runnable threads (<c>/proc/loadavg</c>'s fourth field, which counts this
/// thread too) is at most the number of online cores. The count is read at most every 10 ms, by whichever caller finds
/// it stale; between reads every caller gets the cached answer (two volatile reads).
/// </summary>
internal static class SpinGate
{
    private static readonly int s_cores = Environment.ProcessorCount;
    private const long PeriodMs = 10;
    private static long s_nextRead;
    private static volatile bool s_pays = s_cores > 1;
    private static volatile bool s_unreadable;

    /// <summary>Whether a bounded spin before sleeping can pay now.</summary>
    internal static bool Pays
    {
        get
        {
            if (s_cores <= 1)
            {
                return false;
            }

            long now = Environment.TickCount64; // a few ns, unlike a Stopwatch read: waits ask on every round trip
            long next = Volatile.Read(ref s_nextRead);
            if (now >= next && !s_unreadable && Interlocked.CompareExchange(ref s_nextRead, now + PeriodMs, next) == next)
            {
                Refresh();
            }

            return s_pays;
        }
    }

    /// <summary>The runnable threads the kernel counted at the last read (-1: not read), for tests and diagnostics.</summary>
    internal static int LastRunnable { get; private set; } = -1;

    private static void Refresh()
    {
        int runnable = ReadRunnable();
        if (runnable < 0)
        {
            s_unreadable = true; // no /proc (not Linux, or a sandbox): keep spinning on more than one core, as before
            s_pays = true;
            return;
        }

        LastRunnable = runnable;
        s_pays = runnable <= s_cores + 1; // the asker and its peer on 2 cores, plus one passing thread (a timer, the JIT)
    }

    /// <summary>Reads "R/T" (runnable/total) from <c>/proc/loadavg</c> ("0.52 0.58 0.59 3/1017 12345").</summary>
    internal static int ReadRunnable()
    {
        Span<byte> text = stackalloc byte[128];
        int length;
        try
        {
            using var handle = File.OpenHandle("/proc/loadavg");
            length = RandomAccess.Read(handle, text, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return -1;
        }

        return ParseRunnable(text[..length]);
    }

    /// <summary>The runnable count in a <c>/proc/loadavg</c> line, or -1 when the line is not one.</summary>
    internal static int ParseRunnable(ReadOnlySpan<byte> line)
    {
        int field = 0;
        int i = 0;
        while (i < line.Length && field < 3)
        {
            if (line[i++] == (byte)' ')
            {
                field++;
            }
        }

        int value = 0;
        int digits = 0;
        for (; i < line.Length && line[i] is >= (byte)'0' and <= (byte)'9' && digits < 9; i++, digits++)
        {
            value = (value * 10) + (line[i] - '0');
        }

        return digits > 0 && i < line.Length && line[i] == (byte)'/' ? value : -1;
    }
}
