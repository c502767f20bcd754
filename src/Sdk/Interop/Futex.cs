using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>
/// The futex system call on a word in shared memory (not the private variant: the word is mapped by several
/// processes). Waiters sleep in the kernel until the word changes and someone wakes them: no CPU while idle.
/// </summary>
internal static unsafe partial class Futex
{
    private const long SysFutex = 202; // x86-64
    private const int FutexWait = 0;
    private const int FutexWake = 1;

    internal static bool IsSupported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    /// <summary>Sleeps while <paramref name="word"/> still holds <paramref name="expected"/>, for at most <paramref name="timeout"/>.</summary>
    internal static void Wait(int* word, int expected, TimeSpan timeout)
    {
        var span = new TimeSpec { Seconds = (long)timeout.TotalSeconds, Nanoseconds = (long)(timeout.Ticks % TimeSpan.TicksPerSecond) * 100 };
        _ = Syscall(SysFutex, (nint)word, FutexWait, expected, (nint)(&span), 0, 0);
    }

    /// <summary>Wakes up to <paramref name="count"/> processes waiting on <paramref name="word"/>.</summary>
    internal static void Wake(int* word, int count) => _ = Syscall(SysFutex, (nint)word, FutexWake, count, 0, 0, 0);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, nint a1, nint a2, nint a3, nint a4, nint a5, nint a6);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int ETimedOut = 110;

    /// <summary>
    /// Sleeps while <paramref name="word"/> still holds <paramref name="expected"/>, for at most <paramref name="timeout"/>
    /// (null: no limit). Returns false only when the time ran out; true when woken, when the word had changed already,
    /// or when a signal interrupted the sleep (callers re-check the word in every case).
    /// </summary>
    internal static bool TryWait(int* word, int expected, TimeSpan? timeout)
    {
        long result;
        if (timeout is { } t)
        {
            var span = new TimeSpec { Seconds = (long)t.TotalSeconds, Nanoseconds = (long)(t.Ticks % TimeSpan.TicksPerSecond) * 100 };
            result = Syscall(SysFutex, (nint)word, FutexWait, expected, (nint)(&span), 0, 0);
        }
        else
        {
            result = Syscall(SysFutex, (nint)word, FutexWait, expected, 0, 0, 0);
        }

        return result == 0 || Marshal.GetLastPInvokeError() != ETimedOut;
    }

    /// <summary>Wakes every process and thread waiting on <paramref name="word"/>.</summary>
    internal static void WakeAll(int* word) => Wake(word, int.MaxValue);

    private const long SysFutexWaitV = 449; // x86-64, Linux 5.16+
    private const uint Futex2SizeU32 = 2;
    private const int ClockMonotonic = 1;
    private const int ENoSys = 38;
    private static int s_waitVSupported; // 0: not tried yet, 1: yes, -1: no

    /// <summary>The most words one <see cref="WaitAny"/> sleeps on (the kernel's limit).</summary>
    internal const int MaxWaitV = 128;

    /// <summary>Whether the kernel has futex_waitv (Linux 5.16+): one sleep on up to 128 words.</summary>
    internal static bool WaitVSupported
    {
        get
        {
            if (s_waitVSupported == 0)
            {
                // A probe that returns at once: one word whose value is not the expected one (EAGAIN), or ENOSYS.
                int word = 1;
                var probe = new WaitVEntry { Value = 0, Address = (ulong)(nint)(&word), Flags = Futex2SizeU32 };
                long result = Syscall(SysFutexWaitV, (nint)(&probe), 1, 0, 0, ClockMonotonic, 0);
                s_waitVSupported = result < 0 && Marshal.GetLastPInvokeError() == ENoSys ? -1 : 1;
            }

            return s_waitVSupported > 0;
        }
    }

    /// <summary>One word of a <see cref="WaitAny"/>: the kernel's <c>struct futex_waitv</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct WaitVEntry
    {
        /// <summary>The value the word must still hold for the sleep to begin.</summary>
        public ulong Value;

        /// <summary>The word's address.</summary>
        public ulong Address;

        /// <summary>FUTEX2_SIZE_U32 (shared, not private: the words are mapped by several processes).</summary>
        public uint Flags;

        private readonly uint _reserved;

        /// <summary>An entry for a 32-bit word in shared memory.</summary>
        internal static WaitVEntry For(int* word, int expected) =>
            new() { Value = (uint)expected, Address = (ulong)(nint)word, Flags = Futex2SizeU32 };
    }

    /// <summary>
    /// Sleeps until any of <paramref name="count"/> words is woken (futex_waitv), one of them no longer holds its
    /// expected value, the <see cref="System.Diagnostics.Stopwatch"/> timestamp <paramref name="deadline"/> passes
    /// (<see cref="long.MaxValue"/>: never), or a signal comes. Callers re-check every word afterwards in every case.
    /// </summary>
    internal static void WaitAny(WaitVEntry* entries, int count, long deadline)
    {
        if (deadline == long.MaxValue)
        {
            _ = Syscall(SysFutexWaitV, (nint)entries, count, 0, 0, ClockMonotonic, 0);
            return;
        }

        // Stopwatch reads CLOCK_MONOTONIC on Linux: the deadline converts to an absolute time on that clock.
        long nanoseconds = (long)(deadline * (1_000_000_000.0 / System.Diagnostics.Stopwatch.Frequency));
        var span = new TimeSpec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        _ = Syscall(SysFutexWaitV, (nint)entries, count, 0, (nint)(&span), ClockMonotonic, 0);
    }
}
