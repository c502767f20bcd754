using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Multiprocessing.Managers.Server;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// A manager's address as text, as it travels inside proxy handles: <c>unix:/path/to/socket</c>,
/// <c>tcp:host:port</c> (<c>tcp:[::1]:port</c> for IPv6) or <c>tls:host:port</c> (TCP inside TLS).
/// </summary>
internal static class ManagerAddress
{
    internal const string UnixPrefix = "unix:";
    internal const string TcpPrefix = "tcp:";
    internal const string TlsPrefix = "tls:";

    internal static string Unix(string path) => UnixPrefix + path;

    internal static string Tcp(IPEndPoint endPoint) => TcpPrefix + endPoint.ToString();

    internal static string Tls(IPEndPoint endPoint) => TlsPrefix + endPoint.ToString();

    /// <summary>The same address with TLS: <c>tcp:host:port</c> becomes <c>tls:host:port</c>.</summary>
    internal static string WithTls(string address) =>
        address.StartsWith(TcpPrefix, StringComparison.Ordinal) ? TlsPrefix + address[TcpPrefix.Length..]
        : address.StartsWith(TlsPrefix, StringComparison.Ordinal) ? address
        : throw new ArgumentException($"TLS is for TCP addresses (tcp:host:port or an IPEndPoint/DnsEndPoint), not '{address}'.", nameof(address));
    internal static string From(EndPoint endPoint) => endPoint switch
    {
        IPEndPoint ip => Tcp(ip),
        DnsEndPoint dns => TcpPrefix + dns.Host + ":" + dns.Port.ToString(CultureInfo.InvariantCulture),
        UnixDomainSocketEndPoint unix => Unix(unix.ToString()),
        _ => throw new ArgumentException($"A manager address is an IPEndPoint, a DnsEndPoint or a UnixDomainSocketEndPoint, not a {endPoint.GetType().Name}.", nameof(endPoint)),
    };

    /// <summary>Accepts <c>unix:/path</c>, <c>tcp:host:port</c>, <c>tls:host:port</c> and plain <c>host:port</c>.</summary>
    internal static string Normalize(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal) || address.StartsWith(TcpPrefix, StringComparison.Ordinal) || address.StartsWith(TlsPrefix, StringComparison.Ordinal))
        {
            return address;
        }

        return TcpPrefix + address;
    }

    /// <summary>
    /// Connects to the manager at <paramref name="address"/>; a <c>tls:</c> address also runs the TLS handshake, with
    /// <paramref name="tls"/> (null: the system's validation of a certificate for the address's host name).
    /// </summary>
    /// <exception cref="System.Security.Authentication.AuthenticationException">The TLS handshake failed (the server's certificate was refused).</exception>
    internal static ManagerSocket Connect(string address, SslClientAuthenticationOptions? tls)
    {
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal))
        {
            return ManagerSocket.ConnectUnix(address[UnixPrefix.Length..]);
        }

        bool secure = address.StartsWith(TlsPrefix, StringComparison.Ordinal);
        if (!secure && !address.StartsWith(TcpPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{address}' is not a manager address: use unix:/path, tcp:host:port or tls:host:port.", nameof(address));
        }

        string hostPort = address[TcpPrefix.Length..];
        int colon = hostPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            throw new ArgumentException($"'{address}' is not a manager address: use tcp:host:port or tls:host:port.", nameof(address));
        }

        string host = hostPort[..colon].Trim('[', ']');
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (IPAddress.TryParse(host, out var ip))
            {
                socket.Connect(new IPEndPoint(ip, port));
            }
            else
            {
                socket.Connect(host, port);
            }

            if (!secure)
            {
                return ManagerSocket.FromSocket(socket, hostPort);
            }

            if (!ManagerTls.IsSupported)
            {
                throw ManagerTls.NotSupported();
            }

            return StartTls(socket, host, hostPort, tls);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The client's side of TLS on a connected socket (apart: trimmed away where TLS is switched off).</summary>
    private static ManagerSocket StartTls(Socket socket, string host, string hostPort, SslClientAuthenticationOptions? tls)
    {
        var stream = new SslStream(new NetworkStream(socket, ownsSocket: true));
        try
        {
            socket.ReceiveTimeout = ManagerHandshake.TimeoutMilliseconds;
            socket.SendTimeout = ManagerHandshake.TimeoutMilliseconds;
            stream.AuthenticateAsClient(tls ?? new SslClientAuthenticationOptions { TargetHost = host });
            socket.ReceiveTimeout = 0;
            socket.SendTimeout = 0;
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return ManagerSocket.FromTls(socket, stream, hostPort);
    }
}
