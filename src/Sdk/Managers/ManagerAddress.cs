using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Multiprocessing.Managers;

/// <summary>
/// A manager's address as text, as it travels inside proxy handles: <c>unix:/path/to/socket</c> or
/// <c>tcp:host:port</c> (<c>tcp:[::1]:port</c> for IPv6).
/// </summary>
internal static class ManagerAddress
{
    internal const string UnixPrefix = "unix:";
    internal const string TcpPrefix = "tcp:";

    internal static string Unix(string path) => UnixPrefix + path;

    internal static string Tcp(IPEndPoint endPoint) => TcpPrefix + endPoint.ToString();

    internal static string From(EndPoint endPoint) => endPoint switch
    {
        IPEndPoint ip => Tcp(ip),
        DnsEndPoint dns => TcpPrefix + dns.Host + ":" + dns.Port.ToString(CultureInfo.InvariantCulture),
        UnixDomainSocketEndPoint unix => Unix(unix.ToString()),
        _ => throw new ArgumentException($"A manager address is an IPEndPoint, a DnsEndPoint or a UnixDomainSocketEndPoint, not a {endPoint.GetType().Name}.", nameof(endPoint)),
    };

    /// <summary>Accepts <c>unix:/path</c>, <c>tcp:host:port</c> and plain <c>host:port</c>.</summary>
    internal static string Normalize(string address)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal) || address.StartsWith(TcpPrefix, StringComparison.Ordinal))
        {
            return address;
        }

        return TcpPrefix + address;
    }

    /// <summary>Connects to the manager at <paramref name="address"/>.</summary>
    internal static ManagerSocket Connect(string address)
    {
        if (address.StartsWith(UnixPrefix, StringComparison.Ordinal))
        {
            return ManagerSocket.ConnectUnix(address[UnixPrefix.Length..]);
        }

        if (!address.StartsWith(TcpPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{address}' is not a manager address: use unix:/path or tcp:host:port.", nameof(address));
        }

        string hostPort = address[TcpPrefix.Length..];
        int colon = hostPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            throw new ArgumentException($"'{address}' is not a manager address: use tcp:host:port.", nameof(address));
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
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return ManagerSocket.FromSocket(socket, hostPort);
    }
}
