using System.Runtime.InteropServices;
using System.Text;
using static Multiprocessing.Interop.SocketCalls;

namespace Multiprocessing.Spawn;

/// <summary>
/// A blocking Unix domain socket on raw libc calls, for the child's bootstrap on Linux: it costs a few P/Invoke
/// stubs where System.Net.Sockets costs ~15 ms of assembly loading and initialization on every child start.
/// </summary>
internal sealed unsafe partial class NativeSocketTransport : ControlTransport
{

    private readonly bool _ownsDescriptor;
    private int _fd;

    private NativeSocketTransport(int fd, bool ownsDescriptor = true)
    {
        _fd = fd;
        _ownsDescriptor = ownsDescriptor;
    }

    /// <summary>Whether spinning can pay off: the peer can run at the same time only with more than one CPU.</summary>
    internal static bool SpinUseful => Interop.SpinGate.Pays;

    /// <summary>Reads from a descriptor that a .NET <see cref="System.Net.Sockets.Socket"/> owns (blocking or not).</summary>
    internal static NativeSocketTransport Borrow(int fd) => new(fd, ownsDescriptor: false);

    internal static bool IsSupported => OperatingSystem.IsLinux();

    internal static NativeSocketTransport Connect(string path)
    {
        var pathBytes = Encoding.UTF8.GetBytes(path);
        if (pathBytes.Length >= SunPathSize)
        {
            throw new ProcessException($"The control socket path is too long for a Unix domain socket ({pathBytes.Length} bytes): {path}");
        }

        int fd = SocketNative(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
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

                int errno = Marshal.GetLastPInvokeError();
                if (errno == EAGAIN)
                {
                    WaitReadable(TimeSpan.Zero); // a non-blocking descriptor: block in poll instead
                }
                else if (errno != EINTR)
                {
                    throw Error("recv");
                }
            }
        }
    }

    /// <summary>
    /// Returns once data (or the end of the stream) can be read: first by peeking for up to <paramref name="spin"/>
    /// (no system wake-up needed when the peer answers quickly), then by blocking in poll, which uses no CPU.
    /// </summary>
    internal void WaitReadable(TimeSpan spin)
    {
        byte peek;
        if (spin > TimeSpan.Zero && SpinUseful)
        {
            long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(spin.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
            do
            {
                nint n = ReceiveNative(_fd, &peek, 1, MSG_PEEK | MSG_DONTWAIT);
                if (n >= 0 || Marshal.GetLastPInvokeError() is not (EAGAIN or EINTR))
                {
                    return;
                }

                Thread.SpinWait(30);
            }
            while (System.Diagnostics.Stopwatch.GetTimestamp() < deadline);
        }

        PollDescriptor descriptor = new() { Fd = _fd, Events = POLLIN };
        while (PollNative(&descriptor, 1, -1) < 0 && Marshal.GetLastPInvokeError() == EINTR)
        {
        }
    }

    /// <summary>
    /// Blocks until the peer closes its end (it exited or died). Incoming data does not wake it, so it can watch a
    /// connection that another thread reads.
    /// </summary>
    internal void WaitPeerClosed()
    {
        PollDescriptor descriptor = new() { Fd = _fd, Events = POLLRDHUP };
        while (true)
        {
            int n = PollNative(&descriptor, 1, -1);
            if (n < 0 && Marshal.GetLastPInvokeError() == EINTR)
            {
                continue;
            }

            if (n < 0 || (descriptor.ReturnedEvents & (POLLRDHUP | POLLHUP | POLLERR)) != 0)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0 && _ownsDescriptor)
        {
            Shutdown(fd, SHUT_RDWR);
            Close(fd);
        }
    }

    private static ProcessException Error(string call) =>
        new($"The control socket failed in {call}: errno {Marshal.GetLastPInvokeError()} ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}).");
}
