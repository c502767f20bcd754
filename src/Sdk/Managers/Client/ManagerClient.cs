using System.Collections.Concurrent;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Client;

/// <summary>
/// The client side of one manager (address + authkey) in this process: one connection per thread that uses it, as
/// CPython's proxies keep one per thread, so a blocking call (a queue get, a lock acquire) on one thread never holds
/// up another. Proxies unmarshalled in a process share the client of their manager.
/// </summary>
internal sealed class ManagerClient : IDisposable
{
    private static readonly ConcurrentDictionary<string, ManagerClient> s_clients = new(StringComparer.Ordinal);

    private readonly ThreadLocal<ManagerConnection?> _connections = new(trackAllValues: true);
    private volatile bool _disposed;
    private Tuple<byte[], byte[]>? _handleKey;

    private ManagerClient(string address, byte[] authkey, object? tls = null)
    {
        Address = address;
        AuthKey = authkey;
        Tls = tls;
    }

    internal string Address { get; }

    internal byte[] AuthKey { get; }

    /// <summary>
    /// The <see cref="System.Net.Security.SslClientAuthenticationOptions"/> for a <c>tls:</c> address (null: the system's
    /// validation for the address's host name). Typed as object so that a local client never loads System.Net.Security.
    /// </summary>
    internal object? Tls { get; }

    /// <summary>
    /// Whether the connections this client opens from now on to a local manager use a shared-memory mailbox (the
    /// default) or keep every call on the socket.
    /// </summary>
    internal bool UsesMailbox { get; set; } = true;

    /// <summary>What this manager's proxy handles carry in place of its key, under the process tree's current authkey (cached).</summary>
    internal byte[] HandleKey
    {
        get
        {
            var tree = Multiprocess.Current.AuthKey;
            if (_handleKey is { } cached && ReferenceEquals(cached.Item1, tree))
            {
                return cached.Item2;
            }

            var sealedKey = ManagerHandleKey.Seal(Address, AuthKey, tree);
            _handleKey = Tuple.Create(tree, sealedKey);
            return sealedKey;
        }
    }

    /// <summary>A client of its own for a <see cref="ProcessManager"/>: disposing that manager closes only its connections.</summary>
    internal static ManagerClient CreateOwned(string address, byte[] authkey, object? tls = null) => new(address, authkey, tls);

    /// <summary>The client for a manager that proxies unmarshalled in this process share.</summary>
    internal static ManagerClient For(string address, byte[] authkey)
    {
        string key = address + "|" + Convert.ToHexString(authkey);
        while (true)
        {
            var client = s_clients.GetOrAdd(key, static (_, state) => new ManagerClient(state.address, state.authkey), (address, authkey));
            if (!client._disposed)
            {
                return client;
            }

            s_clients.TryRemove(new KeyValuePair<string, ManagerClient>(key, client));
        }
    }

    /// <summary>This thread's connection, opened (and authenticated) on first use.</summary>
    internal ManagerConnection Connection
    {
        get
        {
            if (_disposed)
            {
                throw new ManagerConnectionException($"The manager at {Address} was shut down from this process: its proxies cannot be used any more.");
            }

            if (_connections.Value is { } connection)
            {
                return connection;
            }

            connection = ManagerConnection.Open(this);
            _connections.Value = connection;
            return connection;
        }
    }

    /// <summary>Starts a request on this thread's connection.</summary>
    internal MarshalWriter Begin(ManagerOp op, long objectId) => Connection.Begin(op, objectId);

    /// <summary>Sends the request started by <see cref="Begin"/> and returns the reply's payload.</summary>
    internal ReadOnlySpan<byte> Call() => _connections.Value!.Call();

    /// <summary>Drops this thread's broken connection; the next call connects again.</summary>
    internal void Forget(ManagerConnection connection)
    {
        if (ReferenceEquals(_connections.Value, connection))
        {
            _connections.Value = null;
        }

        connection.Dispose();
    }

    /// <summary>Closes every connection of this client; its proxies then throw.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var connection in _connections.Values)
        {
            connection?.Dispose();
        }

        foreach (var pair in s_clients)
        {
            if (ReferenceEquals(pair.Value, this))
            {
                s_clients.TryRemove(pair);
            }
        }
    }
}
