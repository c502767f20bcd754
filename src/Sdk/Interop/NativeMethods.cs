using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>The few libc calls .NET has no API for: sending a chosen signal, and exiting at once.</summary>
internal static partial class NativeMethods
{
    internal const int SIGKILL = 9;
    internal const int SIGTERM = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    internal static partial int Kill(int pid, int signal);

    /// <summary>madvise(2): advice about a range of this process's memory.</summary>
    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    internal static unsafe partial int Madvise(void* address, nuint length, int advice);

    /// <summary>posix_fallocate(3): allocates a file's blocks; returns 0 or an error number (errno is not set).</summary>
    [LibraryImport("libc", EntryPoint = "posix_fallocate")]
    internal static partial int PosixFallocate(int fd, long offset, long length);

    internal const int ENOSPC = 28;

    [LibraryImport("libc", EntryPoint = "getppid")]
    internal static partial int GetParentPid();

    /// <summary>Ends the process now, without running managed exit handlers (used when the parent is gone).</summary>
    [LibraryImport("libc", EntryPoint = "_exit")]
    internal static partial void ExitImmediately(int status);
}
