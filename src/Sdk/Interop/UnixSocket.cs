using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using static Multiprocessing.Interop.SocketCalls;

namespace Multiprocessing.Interop;

/// <summary>
/// A connected stream socket driven with raw libc calls (Linux): the one wrapper over <see cref="SocketCalls"/>. It
/// serves the child's control connection (a few P/Invoke stubs where System.Net.Sockets costs ~15 ms of assembly
/// loading on every child start) and the manager's connections (no async engine, no per-call allocation, a receive
/// that may spin briefly before it blocks). The socket is a Unix domain socket it connected or that a libc
/// <c>accept</c> returned (it owns the descriptor), or the descriptor of a connected .NET <see cref="Socket"/>, TCP
/// included, which keeps owning it. Failed calls throw <see cref="SocketException"/> with the call's errno.
/// </summary>
internal sealed unsafe class UnixSocket : IDisposable
{
    private readonly bool _ownsDescriptor;
    private int _fd;

    private UnixSocket(int fd, bool ownsDescriptor)
    {
        _fd = fd;
        _ownsDescriptor = ownsDescriptor;
    }

    /// <summary>Whether raw socket calls are available (Linux).</summary>
    internal static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The descriptor (-1 once disposed), for poll and the peer's credentials.</summary>
    internal int Descriptor => Volatile.Read(ref _fd);

    /// <summary>Connects to the Unix domain socket at <paramref name="path"/> ('@' first: Linux's abstract namespace).</summary>
    /// <exception cref="ProcessException">The path is too long for a Unix domain socket.</exception>
    /// <exception cref="SocketException">The socket could not be made or connected.</exception>
    internal static UnixSocket Connect(string path)
    {
        byte* address = stackalloc byte[2 + SunPathSize];
        int length = FillAddress(address, path);
        int fd = CreateDescriptor();
        while (ConnectNative(fd, address, length) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR)
            {
                Close(fd);
                throw Failure(errno);
            }
        }

        return new UnixSocket(fd, ownsDescriptor: true);
    }

    /// <summary>Takes over a descriptor that a libc <c>accept</c> returned: disposing closes it.</summary>
    internal static UnixSocket Adopt(int fd) => new(fd, ownsDescriptor: true);

    /// <summary>
    /// Drives the descriptor of a connected .NET socket, which keeps owning it (disposing only shuts it down). Takes the
    /// number, not the <see cref="Socket"/>, so that nothing here loads System.Net.Sockets.
    /// </summary>
    internal static UnixSocket Borrow(int fd) => new(fd, ownsDescriptor: false);

    /// <summary>A new Unix stream socket descriptor (close-on-exec).</summary>
    /// <exception cref="SocketException">The system refused one.</exception>
    internal static int CreateDescriptor()
    {
        int fd = SocketNative(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        return fd >= 0 ? fd : throw Failure(Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// Fills a <c>sockaddr_un</c> and returns its length. A path that starts with '@' names a socket in Linux's
    /// abstract namespace (no file, nothing to clean up).
    /// </summary>
    /// <exception cref="ProcessException">The path is too long for a Unix domain socket.</exception>
    internal static int FillAddress(byte* address, string path)
    {
        bool isAbstract = path.StartsWith('@');
        var pathBytes = Encoding.UTF8.GetBytes(isAbstract ? path[1..] : path);
        if (pathBytes.Length >= SunPathSize)
        {
            throw new ProcessException($"The socket path is too long for a Unix domain socket ({pathBytes.Length} bytes): {path}. Set TMPDIR to a shorter directory.");
        }

        // struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }
        new Span<byte>(address, 2 + SunPathSize).Clear();
        *(ushort*)address = AF_UNIX;
        pathBytes.CopyTo(new Span<byte>(address + 2 + (isAbstract ? 1 : 0), SunPathSize - 1));
        return 2 + pathBytes.Length + 1; // the terminating NUL of a path, or the leading NUL of an abstract name
    }

    /// <summary>Sends some of <paramref name="data"/> (blocking until the socket takes at least one byte); returns how many went.</summary>
    internal int Send(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            while (true)
            {
                nint n = TryTransfer(send: true, p, data.Length, MSG_NOSIGNAL);
                if (n >= 0)
                {
                    return (int)n;
                }

                Poll(POLLOUT, -1); // a non-blocking descriptor: block in poll instead
            }
        }
    }

    /// <summary>Sends every byte of <paramref name="data"/>.</summary>
    internal void SendAll(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            data = data[Send(data)..];
        }
    }

    /// <summary>Sends <paramref name="data"/> without blocking; false when the socket could not take all of it at once.</summary>
    internal bool SendNow(ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            while (true)
            {
                nint n = SendNative(_fd, start, data.Length, MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n >= 0)
                {
                    return n == data.Length;
                }

                if (Marshal.GetLastPInvokeError() != EINTR)
                {
                    return false;
                }
            }
        }
    }

    /// <summary>Receives what is there without blocking: the byte count, 0 at end of stream, -1 when nothing is there yet.</summary>
    internal int ReceiveNow(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            return (int)TryTransfer(send: false, p, buffer.Length, MSG_DONTWAIT);
        }
    }

    /// <summary>
    /// Receives what is there into <paramref name="buffer"/>, blocking until something is; returns 0 at end of stream.
    /// With a <paramref name="spin"/>, and while <see cref="SpinGate"/> says spinning pays, it first polls without
    /// blocking for that long (a quick peer answers without a system wake-up on either side).
    /// </summary>
    internal int Receive(Span<byte> buffer, TimeSpan spin = default)
    {
        fixed (byte* p = buffer)
        {
            if (spin > TimeSpan.Zero && SpinGate.Pays)
            {
                long deadline = Stopwatch.GetTimestamp() + (long)(spin.TotalSeconds * Stopwatch.Frequency);
                do
                {
                    nint n = TryTransfer(send: false, p, buffer.Length, MSG_DONTWAIT);
                    if (n >= 0)
                    {
                        return (int)n;
                    }

                    Thread.SpinWait(20);
                }
                while (Stopwatch.GetTimestamp() < deadline);
            }

            while (true)
            {
                nint n = TryTransfer(send: false, p, buffer.Length, 0);
                if (n >= 0)
                {
                    return (int)n;
                }

                Poll(POLLIN, -1); // a non-blocking descriptor: block in poll instead
            }
        }
    }

    /// <summary>Waits up to <paramref name="milliseconds"/> (-1: no limit) for data or the end of the stream; returns whether it came.</summary>
    internal bool WaitReadable(int milliseconds) => (Poll(POLLIN, milliseconds) & (POLLIN | POLLHUP | POLLERR | POLLRDHUP)) != 0;

    /// <summary>Whether the peer has closed its end (it exited or died); does not block.</summary>
    internal bool IsPeerClosed() => (Poll(POLLRDHUP, 0) & (POLLRDHUP | POLLHUP | POLLERR)) != 0;

    /// <summary>Shuts the socket down (a receive blocked on another thread returns end of stream) and closes it when owned.</summary>
    public void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd < 0)
        {
            return;
        }

        Shutdown(fd, SHUT_RDWR);
        if (_ownsDescriptor)
        {
            Close(fd);
        }
    }

    /// <summary>poll(2) on this socket: the returned events (0 on a time-out, <see cref="SocketCalls.POLLERR"/> when poll failed).</summary>
    private short Poll(short events, int milliseconds)
    {
        PollDescriptor descriptor = new() { Fd = _fd, Events = events };
        while (true)
        {
            int n = PollNative(&descriptor, 1, milliseconds);
            if (n >= 0)
            {
                return n == 0 ? (short)0 : descriptor.ReturnedEvents;
            }

            if (Marshal.GetLastPInvokeError() != EINTR)
            {
                return POLLERR;
            }
        }
    }

    /// <summary>The exception for a failed call (apart, so that the paths that never fail do not load its type).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SocketException Failure(int errno) => new(errno);

    /// <summary>
    /// One send or receive, retried when a signal interrupts it: the byte count (0 at the end of a stream), or -1 when
    /// the socket would block (<c>EAGAIN</c>); any other error throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private nint TryTransfer(bool send, byte* data, int length, int flags)
    {
        while (true)
        {
            nint n = send ? SendNative(_fd, data, length, flags) : ReceiveNative(_fd, data, length, flags);
            if (n >= 0)
            {
                return n;
            }

            int errno = Marshal.GetLastPInvokeError();
            if (errno == EAGAIN)
            {
                return -1;
            }

            if (errno != EINTR)
            {
                throw Failure(errno);
            }
        }
    }
}
