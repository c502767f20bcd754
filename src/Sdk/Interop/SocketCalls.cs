using System.Runtime.InteropServices;

namespace Multiprocessing.Interop;

/// <summary>
/// The raw libc socket calls behind <see cref="UnixSocket"/> (the child's control connection, the manager's
/// connections) and the manager's <c>UnixListener</c>: plain blocking calls with no trip through .NET's socket engine.
/// </summary>
internal static unsafe partial class SocketCalls
{
    internal const int AF_UNIX = 1;
    internal const int SOCK_STREAM = 1;
    internal const int SOCK_CLOEXEC = 0x80000;
    internal const int MSG_PEEK = 0x2;
    internal const int MSG_DONTWAIT = 0x40;
    internal const int MSG_NOSIGNAL = 0x4000;
    internal const int SHUT_RDWR = 2;
    internal const int EINTR = 4;
    internal const int EAGAIN = 11;
    internal const short POLLIN = 0x1;
    internal const short POLLOUT = 0x4;
    internal const short POLLERR = 0x8;
    internal const short POLLHUP = 0x10;
    internal const short POLLRDHUP = 0x2000;
    internal const int SunPathSize = 108;

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    internal static partial int SocketNative(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    internal static partial int ConnectNative(int fd, byte* address, int length);

    [LibraryImport("libc", EntryPoint = "send", SetLastError = true)]
    internal static partial nint SendNative(int fd, byte* buffer, nint length, int flags);

    [LibraryImport("libc", EntryPoint = "recv", SetLastError = true)]
    internal static partial nint ReceiveNative(int fd, byte* buffer, nint length, int flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    internal static partial int PollNative(PollDescriptor* descriptors, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "shutdown")]
    internal static partial int Shutdown(int fd, int how);

    [LibraryImport("libc", EntryPoint = "close")]
    internal static partial int Close(int fd);

    /// <summary>poll(2)'s <c>struct pollfd</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PollDescriptor
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }
}
