using System.Runtime.InteropServices;
using System.Text;

namespace Multiprocessing.Spawn;

/// <summary>
/// A blocking Unix domain socket on raw libc calls, for the child's bootstrap on Linux: it costs a few P/Invoke
/// stubs where System.Net.Sockets costs ~15 ms of assembly loading and initialization on every child start.
/// </summary>
internal sealed unsafe partial class NativeSocketTransport : ControlTransport
{
    private const int AF_UNIX = 1;
    private const int SOCK_STREAM = 1;
    private const int SOCK_CLOEXEC = 0x80000;
    private const int MSG_NOSIGNAL = 0x4000;
    private const int SHUT_RDWR = 2;
    private const int EINTR = 4;
    private const int SunPathSize = 108;

    private int _fd;

    private NativeSocketTransport(int fd) => _fd = fd;

    internal static bool IsSupported => OperatingSystem.IsLinux();

    internal static NativeSocketTransport Connect(string path)
    {
        var pathBytes = Encoding.UTF8.GetBytes(path);
        if (pathBytes.Length >= SunPathSize)
        {
            throw new ProcessException($"The control socket path is too long for a Unix domain socket ({pathBytes.Length} bytes): {path}");
        }

        int fd = Socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
        {
            throw Error("socket");
        }

        // struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }
        byte* address = stackalloc byte[2 + SunPathSize];
        new Span<byte>(address, 2 + SunPathSize).Clear();
        *(ushort*)address = AF_UNIX;
        pathBytes.CopyTo(new Span<byte>(address + 2, SunPathSize));
        while (ConnectNative(fd, address, 2 + pathBytes.Length + 1) != 0)
        {
            if (Marshal.GetLastPInvokeError() != EINTR)
            {
                var error = Error("connect to " + path);
                Close(fd);
                throw error;
            }
        }

        return new NativeSocketTransport(fd);
    }

    internal override int Send(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            while (true)
            {
                nint n = SendNative(_fd, p, data.Length, MSG_NOSIGNAL);
                if (n >= 0)
                {
                    return (int)n;
                }

                if (Marshal.GetLastPInvokeError() != EINTR)
                {
                    throw Error("send");
                }
            }
        }
    }

    internal override int Receive(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n = ReceiveNative(_fd, p, buffer.Length, 0);
                if (n >= 0)
                {
                    return (int)n;
                }

                if (Marshal.GetLastPInvokeError() != EINTR)
                {
                    throw Error("recv");
                }
            }
        }
    }

    public override void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            Shutdown(fd, SHUT_RDWR);
            Close(fd);
        }
    }

    private static ProcessException Error(string call) =>
        new($"The control socket failed in {call}: errno {Marshal.GetLastPInvokeError()} ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}).");

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    private static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    private static partial int ConnectNative(int fd, byte* address, int length);

    [LibraryImport("libc", EntryPoint = "send", SetLastError = true)]
    private static partial nint SendNative(int fd, byte* buffer, nint length, int flags);

    [LibraryImport("libc", EntryPoint = "recv", SetLastError = true)]
    private static partial nint ReceiveNative(int fd, byte* buffer, nint length, int flags);

    [LibraryImport("libc", EntryPoint = "shutdown")]
    private static partial int Shutdown(int fd, int how);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
