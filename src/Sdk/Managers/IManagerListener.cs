namespace Multiprocessing.Managers;

/// <summary>Where a manager server accepts connections: a Unix domain socket or a TCP port.</summary>
internal interface IManagerListener : IDisposable
{
    /// <summary>The address clients connect to (<c>unix:/path</c> or <c>tcp:host:port</c>).</summary>
    string Address { get; }

    /// <summary>Blocks until a client connects; returns null once the listener is disposed.</summary>
    ManagerSocket? Accept();
}
