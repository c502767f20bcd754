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
}
