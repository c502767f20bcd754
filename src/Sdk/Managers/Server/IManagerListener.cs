namespace Multiprocessing.Managers.Server;

/// <summary>Where a manager server accepts connections: a Unix domain socket or a TCP port.</summary>
internal interface IManagerListener : IDisposable
{
    /// <summary>The address clients connect to (<c>unix:/path</c>, <c>tcp:host:port</c> or <c>tls:host:port</c>).</summary>
    string Address { get; }

    /// <summary>Whether connections run inside TLS (the handshakes then run asynchronously, not on the poll thread).</summary>
    bool UsesTls { get; }

    /// <summary>Blocks until a client connects; returns null once the listener is disposed.</summary>
    ManagerSocket? Accept();
}
