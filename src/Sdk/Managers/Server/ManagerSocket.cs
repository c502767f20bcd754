using System.Net.Security;
using System.Net.Sockets;
using Multiprocessing.Interop;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// One connected stream socket of the manager protocol: a <see cref="UnixSocket"/> (raw libc calls) over a Unix domain
/// socket (local managers) or over a TCP socket that a .NET <see cref="Socket"/> connected or accepted (remote
/// managers). A TLS connection (a remote manager with TLS) reads and writes through its <see cref="SslStream"/> instead.
/// </summary>
internal sealed class ManagerSocket : IDisposable
{
    private readonly UnixSocket _raw;
    private readonly Socket? _owner;
    private readonly Stream? _tls; // an SslStream, typed as its base so that local connections never load System.Net.Security
    private int _disposed;
    private int _receiveTimeout;
    private int _nextReceiveTimeout;

    private ManagerSocket(UnixSocket raw, Socket? owner, Stream? tls = null)
    {
        _raw = raw;
        _owner = owner;
        _tls = tls;
    }

    /// <summary>The .NET socket of a TCP connection (null for a Unix socket).</summary>
    internal Socket? Owner => _owner;

    /// <summary>Whether the connection runs inside TLS.</summary>
    internal bool IsTls => _tls is not null;

    /// <summary>Whether the peer is on this machine (a Unix domain socket): it can share memory with this process.</summary>
    internal bool IsLocal => _owner is null;

    /// <summary>The socket's descriptor (-1 once disposed), for poll and the peer's credentials.</summary>
    internal int Descriptor => _raw.Descriptor;

    /// <summary>A description of the peer for log lines (set by the listener that accepted it).</summary>
    internal string Peer { get; init; } = "a peer";

    internal static ManagerSocket ConnectUnix(string path) => new(UnixSocket.Connect(path), null) { Peer = path };

    /// <summary>Takes over a descriptor that a libc accept returned.</summary>
    internal static ManagerSocket Adopt(int fd, string peer) => new(UnixSocket.Adopt(fd), null) { Peer = peer };

    /// <summary>Drives a connected .NET socket (TCP) with raw calls; the socket keeps owning the descriptor.</summary>
    internal static ManagerSocket FromSocket(Socket socket, string peer)
    {
        socket.Blocking = true;
        if (socket.ProtocolType == ProtocolType.Tcp)
        {
            socket.NoDelay = true;
        }

        return new ManagerSocket(UnixSocket.Borrow((int)socket.SafeHandle.DangerousGetHandle()), socket) { Peer = peer };
    }

    /// <summary>A TCP connection whose TLS handshake <paramref name="tls"/> has completed; the stream owns the socket.</summary>
    internal static ManagerSocket FromTls(Socket socket, SslStream tls, string peer)
    {
        socket.NoDelay = true;
        return new ManagerSocket(UnixSocket.Borrow((int)socket.SafeHandle.DangerousGetHandle()), socket, tls) { Peer = peer };
    }

    /// <summary>Sends every byte of <paramref name="data"/>.</summary>
    internal void SendAll(ReadOnlySpan<byte> data)
    {
        if (_tls is null)
        {
            _raw.SendAll(data);
            return;
        }

        try
        {
            _tls.Write(data);
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

    /// <summary>Sends <paramref name="data"/> without blocking; false when the socket could not take all of it at once.</summary>
    internal bool SendNow(ReadOnlySpan<byte> data) => _raw.SendNow(data);

    /// <summary>Receives what is there without blocking: the byte count, 0 at end of stream, -1 when nothing is there yet.</summary>
    /// <exception cref="SocketException">The connection broke.</exception>
    internal int ReceiveNow(Span<byte> buffer) => _raw.ReceiveNow(buffer);

    /// <summary>
    /// Receives what is there into <paramref name="buffer"/>; returns 0 at end of stream. With a <paramref name="spin"/>,
    /// it first polls without blocking for that long (a quick peer answers without a system wake-up on either side).
    /// </summary>
    internal int Receive(Span<byte> buffer, TimeSpan spin) => _tls is not null ? ReceiveTls(buffer) : _raw.Receive(buffer, spin);

    /// <summary>Waits up to <paramref name="milliseconds"/> for data (or the end of the stream); returns whether it came.</summary>
    /// <remarks>Under TLS, decrypted bytes may wait in the stream while the socket has none: the wait becomes the next receive's time-out.</remarks>
    internal bool WaitReadable(int milliseconds)
    {
        if (_tls is not null)
        {
            _nextReceiveTimeout = Math.Max(milliseconds, 1);
            return true;
        }

        return _raw.WaitReadable(milliseconds);
    }

    /// <summary>Whether the peer has closed its end (it exited or died); does not block.</summary>
    internal bool IsPeerClosed() => _raw.IsPeerClosed();

    /// <summary>Closes the socket; a receive blocked on another thread returns end of stream.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _raw.Dispose(); // shuts down (and closes a descriptor of its own) before the stream and the .NET socket go
        _tls?.Dispose();
        _owner?.Dispose();
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
}
