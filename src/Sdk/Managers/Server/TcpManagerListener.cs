using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Multiprocessing.Managers.Protocol;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// A listening TCP socket for a remote manager; accepted connections are driven with raw calls, or wrapped in TLS when
/// the listener has <see cref="Tls"/> options.
/// </summary>
internal sealed class TcpManagerListener : IManagerListener
{
    private readonly Socket _socket;
    private volatile bool _disposed;

    internal TcpManagerListener(IPEndPoint endPoint, SslServerAuthenticationOptions? tls = null)
    {
        Tls = tls;
        _socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _socket.Bind(endPoint);
        _socket.Listen(512);
        EndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    internal IPEndPoint EndPoint { get; }

    /// <summary>The TLS options every connection is wrapped with, or null for plain TCP.</summary>
    internal SslServerAuthenticationOptions? Tls { get; }

    /// <inheritdoc />
    public bool UsesTls => Tls is not null;

    /// <inheritdoc />
    public string Address => Tls is null ? ManagerAddress.Tcp(EndPoint) : ManagerAddress.Tls(EndPoint);

    /// <inheritdoc />
    public ManagerSocket? Accept()
    {
        while (!_disposed)
        {
            try
            {
                var client = _socket.Accept();
                return ManagerSocket.FromSocket(client, client.RemoteEndPoint?.ToString() ?? "a TCP client");
            }
            catch (SocketException) when (!_disposed)
            {
                Thread.Sleep(10);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return null;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }

        _socket.Dispose();
    }
}
