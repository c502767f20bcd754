using System.Net;
using System.Net.Sockets;

namespace Multiprocessing.Managers;

/// <summary>A listening TCP socket for a remote manager; accepted connections are driven with raw calls.</summary>
internal sealed class TcpManagerListener : IManagerListener
{
    private readonly Socket _socket;
    private volatile bool _disposed;

    internal TcpManagerListener(IPEndPoint endPoint)
    {
        _socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _socket.Bind(endPoint);
        _socket.Listen(512);
        EndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    internal IPEndPoint EndPoint { get; }

    /// <inheritdoc />
    public string Address => ManagerAddress.Tcp(EndPoint);

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
