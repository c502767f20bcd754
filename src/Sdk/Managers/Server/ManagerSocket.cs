using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using static Multiprocessing.Interop.SocketCalls;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// One connected stream socket of the manager protocol, driven with raw libc calls on Linux: a Unix domain socket
/// (local managers) or a TCP socket that a .NET <see cref="Socket"/> connected or accepted (remote managers). Raw calls
/// keep the round trip lean (no async engine, no per-call allocation) and let a receive spin briefly before it blocks.
/// A TLS connection (a remote manager with TLS) reads and writes through its <see cref="SslStream"/> instead.
/// </summary>
internal sealed unsafe partial class ManagerSocket : IDisposable
{

    private readonly Socket? _owner;
    private readonly Stream? _tls; // an SslStream, typed as its base so that local connections never load System.Net.Security
    private int _fd;
    private int _receiveTimeout;
    private int _nextReceiveTimeout;

    private ManagerSocket(int fd, Socket? owner, Stream? tls = null)
    {
        _fd = fd;
        _owner = owner;
        _tls = tls;
    }

    /// <summary>The .NET socket of a TCP connection (null for a Unix socket).</summary>
    internal Socket? Owner => _owner;

    /// <summary>Whether the connection runs inside TLS.</summary>
    internal bool IsTls => _tls is not null;

    /// <summary>Whether spinning can pay off: the peer can run at the same time only with more than one CPU.</summary>
    internal static bool SpinUseful => Interop.SpinGate.Pays;

    /// <summary>Whether the peer is on this machine (a Unix domain socket): it can share memory with this process.</summary>
    internal bool IsLocal => _owner is null;

    /// <summary>The socket's descriptor (-1 once disposed), for poll and the peer's credentials.</summary>
    internal int Descriptor => Volatile.Read(ref _fd);

    /// <summary>A description of the peer for log lines (set by the listener that accepted it).</summary>
    internal string Peer { get; init; } = "a peer";

    internal static ManagerSocket ConnectUnix(string path)
    {
        int fd = CreateUnixSocket();
        byte* address = stackalloc byte[2 + SunPathSize];
        int length = FillUnixAddress(address, path);
        while (ConnectNative(fd, address, length) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR)
            {
                Close(fd);
                throw new SocketException(errno);
            }
        }

        return new ManagerSocket(fd, null) { Peer = path };
    }

    /// <summary>Takes over a descriptor that a libc accept returned.</summary>
    internal static ManagerSocket Adopt(int fd, string peer) => new(fd, null) { Peer = peer };

    /// <summary>Drives a connected .NET socket (TCP) with raw calls; the socket keeps owning the descriptor.</summary>
    internal static ManagerSocket FromSocket(Socket socket, string peer)
    {
        socket.Blocking = true;
        if (socket.ProtocolType == ProtocolType.Tcp)
        {
            socket.NoDelay = true;
        }

        return new ManagerSocket((int)socket.SafeHandle.DangerousGetHandle(), socket) { Peer = peer };
    }

    /// <summary>A TCP connection whose TLS handshake <paramref name="tls"/> has completed; the stream owns the socket.</summary>
    internal static ManagerSocket FromTls(Socket socket, SslStream tls, string peer)
    {
        socket.NoDelay = true;
        return new ManagerSocket((int)socket.SafeHandle.DangerousGetHandle(), socket, tls) { Peer = peer };
    }

    internal static int CreateUnixSocket()
    {
        int fd = SocketNative(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        return fd >= 0 ? fd : throw new SocketException(Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// Fills a <c>sockaddr_un</c> and returns its length. A path that starts with '@' names a socket in Linux's
    /// abstract namespace (no file, nothing to clean up; the server's peer-uid check and the authkey challenge keep
    /// strangers out).
    /// </summary>
    internal static int FillUnixAddress(byte* address, string path)
    {
        bool isAbstract = path.StartsWith('@');
        var pathBytes = Encoding.UTF8.GetBytes(isAbstract ? path[1..] : path);
        if (pathBytes.Length + 1 >= SunPathSize)
        {
            throw new ProcessException($"The manager socket path is too long for a Unix domain socket ({pathBytes.Length} bytes): {path}. Set TMPDIR to a shorter directory.");
        }

        new Span<byte>(address, 2 + SunPathSize).Clear();
        *(ushort*)address = AF_UNIX;
        pathBytes.CopyTo(new Span<byte>(address + 2 + (isAbstract ? 1 : 0), SunPathSize - 1));
        return 2 + pathBytes.Length + 1; // the terminating NUL of a path, or the leading NUL of an abstract name
    }

    /// <summary>Sends every byte of <paramref name="data"/>.</summary>
    internal void SendAll(ReadOnlySpan<byte> data)
    {
        if (_tls is not null)
        {
            try
            {
                _tls.Write(data);
                return;
            }
            catch (IOException ex)
            {
                throw AsSocketException(ex);
            }
            catch (ObjectDisposedException)
            {
                throw new SocketException((int)SocketError.Shutdown);
            }
        }

        fixed (byte* start = data)
        {
            byte* p = start;
            int left = data.Length;
            while (left > 0)
            {
                nint n = SendNative(_fd, p, left, MSG_NOSIGNAL);
                if (n >= 0)
                {
                    p += n;
                    left -= (int)n;
                    continue;
                }

                int errno = Marshal.GetLastPInvokeError();
                if (errno == EAGAIN)
                {
                    Poll(POLLOUT, -1);
                }
                else if (errno != EINTR)
                {
                    throw new SocketException(errno);
                }
            }
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
    /// <exception cref="SocketException">The connection broke.</exception>
    internal int ReceiveNow(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n = ReceiveNative(_fd, p, buffer.Length, MSG_DONTWAIT);
                if (n >= 0)
                {
                    return (int)n;
                }

                int errno = Marshal.GetLastPInvokeError();
                if (errno == EAGAIN)
                {
                    return -1;
                }

                if (errno != EINTR)
                {
                    throw new SocketException(errno);
                }
            }
        }
    }

    /// <summary>
    /// Receives what is there into <paramref name="buffer"/>; returns 0 at end of stream. With a <paramref name="spin"/>,
    /// it first polls without blocking for that long (a quick peer answers without a system wake-up on either side).
    /// </summary>
    internal int Receive(Span<byte> buffer, TimeSpan spin)
    {
        if (_tls is not null)
        {
            return ReceiveTls(buffer);
        }

        fixed (byte* p = buffer)
        {
            if (spin > TimeSpan.Zero && SpinUseful)
            {
                long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(spin.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
                do
                {
                    nint n = ReceiveNative(_fd, p, buffer.Length, MSG_DONTWAIT);
                    if (n >= 0)
                    {
                        return (int)n;
                    }

                    int errno = Marshal.GetLastPInvokeError();
                    if (errno is not (EAGAIN or EINTR))
                    {
                        throw new SocketException(errno);
                    }

                    Thread.SpinWait(20);
                }
                while (System.Diagnostics.Stopwatch.GetTimestamp() < deadline);
            }

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
                    Poll(POLLIN, -1);
                }
                else if (errno != EINTR)
                {
                    throw new SocketException(errno);
                }
            }
        }
    }

    /// <summary>Waits up to <paramref name="milliseconds"/> for data (or the end of the stream); returns whether it came.</summary>
    /// <remarks>Under TLS, decrypted bytes may wait in the stream while the socket has none: the wait becomes the next receive's time-out.</remarks>
    internal bool WaitReadable(int milliseconds)
    {
        if (_tls is not null)
        {
            _nextReceiveTimeout = Math.Max(milliseconds, 1);
            return true;
        }

        return (Poll(POLLIN, milliseconds) & (POLLIN | POLLHUP | POLLERR | POLLRDHUP)) != 0;
    }

    /// <summary>Whether the peer has closed its end (it exited or died); does not block.</summary>
    internal bool IsPeerClosed() => (Poll(POLLRDHUP, 0) & (POLLRDHUP | POLLHUP | POLLERR)) != 0;

    /// <summary>Closes the socket; a receive blocked on another thread returns end of stream.</summary>
    public void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd < 0)
        {
            return;
        }

        Shutdown(fd, SHUT_RDWR);
        _tls?.Dispose();
        if (_owner is not null)
        {
            _owner.Dispose();
        }
        else
        {
            Close(fd);
        }
    }

    private static SocketException AsSocketException(IOException ex) =>
        ex.InnerException as SocketException ?? new SocketException((int)SocketError.ConnectionReset);

    private int ReceiveTls(Span<byte> buffer)
    {
        int timeout = _nextReceiveTimeout > 0 ? _nextReceiveTimeout : 0; // 0: no time-out
        _nextReceiveTimeout = 0;
        try
        {
            if (timeout != _receiveTimeout)
            {
                _owner!.ReceiveTimeout = timeout;
                _receiveTimeout = timeout;
            }

            return _tls!.Read(buffer);
        }
        catch (IOException ex)
        {
            throw AsSocketException(ex);
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }

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
}
