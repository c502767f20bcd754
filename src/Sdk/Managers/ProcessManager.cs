using System.Net;
using System.Net.Security;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Managers.Server;

namespace Multiprocessing;

/// <summary>
/// A manager (Python's <c>multiprocessing.Manager()</c> and <c>BaseManager</c>): a server that holds shared
/// dictionaries, lists, namespaces, queues, locks, events, semaphores, values and instances of your own
/// <see cref="ManagedTypeAttribute"/> classes, and hands out typed proxies to them. Proxies can be passed to
/// <see cref="ProcessTargetAttribute"/> methods, and work in the child.
/// </summary>
/// <remarks>
/// <para>Three ways to get one: <see cref="Start(ManagerOptions?)"/> spawns a server process (Python's
/// <c>Manager()</c>; it dies with this process); <see cref="Listen(IPEndPoint, byte[], ManagerOptions?)"/> serves from
/// this process over TCP so other programs can connect (a remote manager's server); <see cref="Connect(EndPoint, byte[])"/>
/// connects to a manager another program serves. Connections are authenticated with an HMAC challenge of the authkey
/// both ways; a wrong key fails with <see cref="ProcessAuthenticationException"/>.</para>
/// <para><c>Create...</c> methods make a new object; <c>Get...(name)</c> methods find the object of that name or
/// create it, so that independently started programs can share one (Python registers a callable per shared object
/// instead). Objects live as long as the server.</para>
/// <para>Disposing the manager (<c>await using</c>) shuts down a server it started or hosts, and closes its
/// connections; a manager from <see cref="Connect(EndPoint, byte[])"/> only closes its connections.</para>
/// </remarks>
public sealed class ProcessManager : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly ManagerClient _client;
    private readonly ManagerServerProcess? _process;
    private readonly ManagerServerCore? _server;
    private int _shutdown;

    private ProcessManager(ManagerClient client, ManagerServerProcess? process, ManagerServerCore? server)
    {
        _client = client;
        _process = process;
        _server = server;
    }

    /// <summary>The server's address: <c>unix:/path</c> for a server process's private socket, <c>tcp:host:port</c> otherwise.</summary>
    public string Address => _client.Address;

    /// <summary>The pid of the server process this manager started, or null (hosted in this process, or connected to).</summary>
    public int? ServerProcessId => _process?.Pid;

    /// <summary>Whether <see cref="Shutdown"/> (or dispose) was called.</summary>
    public bool IsShutDown => Volatile.Read(ref _shutdown) != 0;

    internal ManagerClient ClientForCalls =>
        IsShutDown ? throw new ObjectDisposedException(nameof(ProcessManager), "The manager was shut down.") : _client;

    /// <summary>
    /// Starts a manager server process and returns once it listens (Python's <c>Manager()</c>). The server is a
    /// daemon child of this process: it ends when this manager is disposed or shut down, and when this process exits
    /// or is killed.
    /// </summary>
    /// <param name="options">The authkey, address, limits, log and registered types; null for the defaults.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ProcessException">The server process could not start.</exception>
    public static ProcessManager Start(ManagerOptions? options = null)
    {
        var process = Launch(options ?? new ManagerOptions(), out var ready, out var exited);
        if (Task.WaitAny([ready, exited], StartTimeout) < 0 || !ready.IsCompletedSuccessfully)
        {
            throw StartFailed(process, ready);
        }

        return Connected(process, ready.Result, options);
    }

    /// <summary>Starts a manager server process without blocking; see <see cref="Start(ManagerOptions?)"/>.</summary>
    /// <param name="options">The authkey, address, limits, log and registered types; null for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting (and the server process).</param>
    /// <returns>The manager, once the server listens.</returns>
    public static async Task<ProcessManager> StartAsync(ManagerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var process = Launch(options ?? new ManagerOptions(), out var ready, out var exited);
        try
        {
            await Task.WhenAny(ready, exited).WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            process.Dispose();
            throw;
        }

        if (!ready.IsCompletedSuccessfully)
        {
            throw StartFailed(process, ready);
        }

        return Connected(process, ready.Result, options);
    }

    /// <summary>
    /// Serves a manager from this process on a TCP address, for other programs to connect to with
    /// <see cref="Connect(EndPoint, byte[])"/> (Python's <c>BaseManager(address, authkey).get_server()</c>). The
    /// returned manager is also a client of its own server.
    /// </summary>
    /// <param name="address">Where to listen (port 0 picks a free port; see <see cref="Address"/>).</param>
    /// <param name="authKey">The key clients must prove they know.</param>
    /// <param name="options">Limits, log, registered types and TLS (<see cref="ManagerOptions.ServerTls"/>); its <see cref="ManagerOptions.AuthKey"/> and <see cref="ManagerOptions.Address"/> are not used.</param>
    /// <returns>The manager; dispose it to stop serving.</returns>
    /// <remarks>With <see cref="ManagerOptions.ServerTls"/>, the returned manager is a client of its own server over TLS too, and
    /// accepts the server's certificate (it is its own).</remarks>
    public static ProcessManager Listen(IPEndPoint address, byte[] authKey, ManagerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        CheckKey(authKey);
        options ??= new ManagerOptions();
        if (options.ServerTls is not null && !ManagerTls.IsSupported)
        {
            throw ManagerTls.NotSupported();
        }

        var listener = new TcpManagerListener(address, options.ServerTls);
        var server = new ManagerServerCore((byte[])authKey.Clone(), options.MaxMessageSize, options.Log, options.Types)
        {
            HandshakeTimeout = options.HandshakeTimeout,
            MaxPendingHandshakes = options.MaxPendingHandshakes,
        };
        server.Listen(listener);
        return new ProcessManager(ManagerClient.CreateOwned(listener.Address, (byte[])authKey.Clone(), options.ServerTls is null || !ManagerTls.IsSupported ? null : OwnServer(address, options.ServerTls)), null, server);
    }

    /// <summary>Connects to a manager that another program serves (Python's <c>BaseManager(address, authkey).connect()</c>).</summary>
    /// <param name="address">The server's address (an <see cref="IPEndPoint"/>, a <see cref="DnsEndPoint"/> or a <see cref="System.Net.Sockets.UnixDomainSocketEndPoint"/>).</param>
    /// <param name="authKey">The server's authkey.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ManagerConnectionException">No manager answers at that address.</exception>
    /// <exception cref="ProcessAuthenticationException">The server refused the authkey.</exception>
    public static ProcessManager Connect(EndPoint address, byte[] authKey)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Connect(ManagerAddress.From(address), authKey);
    }

    /// <summary>Connects to a manager at <paramref name="address"/> (<c>host:port</c>, <c>tcp:host:port</c> or <c>unix:/path</c>, as <see cref="Address"/> prints it).</summary>
    /// <param name="address">The server's address.</param>
    /// <param name="authKey">The server's authkey.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ManagerConnectionException">No manager answers at that address.</exception>
    /// <exception cref="ProcessAuthenticationException">The server refused the authkey.</exception>
    public static ProcessManager Connect(string address, byte[] authKey)
    {
        CheckKey(authKey);
        var client = ManagerClient.CreateOwned(ManagerAddress.Normalize(address), (byte[])authKey.Clone());
        try
        {
            _ = client.Connection; // connect and authenticate now: a wrong address or key fails here, clearly
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new ProcessManager(client, null, null);
    }

    /// <summary>
    /// Connects to a manager that another program serves with TLS (<see cref="ManagerOptions.ServerTls"/>): the
    /// connection runs inside an <see cref="SslStream"/> authenticated with <paramref name="tls"/>, and the authkey
    /// challenge inside it. Proxies of this manager passed to children connect with TLS too, with the system's
    /// certificate validation for the host name.
    /// </summary>
    /// <param name="address">The server's address (an <see cref="IPEndPoint"/> or a <see cref="DnsEndPoint"/>).</param>
    /// <param name="authKey">The server's authkey.</param>
    /// <param name="tls">How to authenticate the server: <see cref="SslClientAuthenticationOptions.TargetHost"/> (the name its
    /// certificate must carry) and, for a certificate no system authority signed, a
    /// <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/> that checks it (for instance its thumbprint).</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ManagerConnectionException">No manager answers at that address, or the TLS handshake failed (the certificate was refused, or the server does not speak TLS).</exception>
    /// <exception cref="ProcessAuthenticationException">The server refused the authkey.</exception>
    public static ProcessManager Connect(EndPoint address, byte[] authKey, SslClientAuthenticationOptions tls)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Connect(ManagerAddress.From(address), authKey, tls);
    }

    /// <summary>Connects with TLS to a manager at <paramref name="address"/> (<c>host:port</c>, <c>tcp:host:port</c> or <c>tls:host:port</c>); see <see cref="Connect(EndPoint, byte[], SslClientAuthenticationOptions)"/>.</summary>
    /// <param name="address">The server's address.</param>
    /// <param name="authKey">The server's authkey.</param>
    /// <param name="tls">How to authenticate the server.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ManagerConnectionException">No manager answers at that address, or the TLS handshake failed.</exception>
    /// <exception cref="ProcessAuthenticationException">The server refused the authkey.</exception>
    public static ProcessManager Connect(string address, byte[] authKey, SslClientAuthenticationOptions tls)
    {
        ArgumentNullException.ThrowIfNull(tls);
        CheckKey(authKey);
        if (!ManagerTls.IsSupported)
        {
            throw ManagerTls.NotSupported();
        }

        var client = ManagerClient.CreateOwned(ManagerAddress.WithTls(ManagerAddress.Normalize(address)), (byte[])authKey.Clone(), tls);
        try
        {
            _ = client.Connection; // connect, run TLS and authenticate now: a wrong address, certificate or key fails here, clearly
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new ProcessManager(client, null, null);
    }

    /// <summary>A new shared dictionary (Python's <c>manager.dict()</c>).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <returns>The proxy.</returns>
    public ManagedDictionary<TKey, TValue> CreateDictionary<TKey, TValue>() where TKey : notnull => GetDictionary<TKey, TValue>(null);

    /// <summary>A new shared dictionary holding <paramref name="items"/> (Python's <c>manager.dict(mapping)</c>), created with them in one round trip.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="items">The first entries; a later duplicate key wins.</param>
    /// <returns>The proxy.</returns>
    public ManagedDictionary<TKey, TValue> CreateDictionary<TKey, TValue>(IEnumerable<KeyValuePair<TKey, TValue>> items) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Dictionary, null, w => ManagedDictionary<TKey, TValue>.WriteEntries(w, items)));
    }

    /// <summary>The shared dictionary named <paramref name="name"/>, created if it does not exist yet.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <returns>The proxy.</returns>
    public ManagedDictionary<TKey, TValue> GetDictionary<TKey, TValue>(string? name) where TKey : notnull =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Dictionary, name));

    /// <summary>A new shared list holding <paramref name="items"/> (Python's <c>manager.list(iterable)</c>), created with them in one round trip.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The first items.</param>
    /// <returns>The proxy.</returns>
    public ManagedList<T> CreateList<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.List, null, w => ManagedList<T>.WriteItems(w, items)));
    }

    /// <summary>A new shared list (Python's <c>manager.list()</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <returns>The proxy.</returns>
    public ManagedList<T> CreateList<T>() => GetList<T>(null);

    /// <summary>The shared list named <paramref name="name"/>, created if it does not exist yet.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <returns>The proxy.</returns>
    public ManagedList<T> GetList<T>(string? name) =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.List, name));

    /// <summary>A new namespace (Python's <c>manager.Namespace()</c>).</summary>
    /// <returns>The proxy.</returns>
    public ManagedNamespace CreateNamespace() => GetNamespace(null);

    /// <summary>The namespace named <paramref name="name"/>, created if it does not exist yet.</summary>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <returns>The proxy.</returns>
    public ManagedNamespace GetNamespace(string? name) =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Namespace, name));

    /// <summary>A new queue (Python's <c>manager.Queue(maxsize)</c>).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="maxSize">The most items it holds; 0 for no limit.</param>
    /// <returns>The proxy.</returns>
    public ManagedQueue<T> CreateQueue<T>(int maxSize = 0) => GetQueue<T>(null, maxSize);

    /// <summary>The queue named <paramref name="name"/>, created (with <paramref name="maxSize"/>) if it does not exist yet.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <param name="maxSize">The most items it holds; 0 for no limit.</param>
    /// <returns>The proxy.</returns>
    public ManagedQueue<T> GetQueue<T>(string? name, int maxSize = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        return new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Queue, name, w => w.WriteUnmanaged(maxSize)));
    }

    /// <summary>A new lock (Python's <c>manager.Lock()</c>).</summary>
    /// <returns>The proxy.</returns>
    public ManagedLock CreateLock() => GetLock(null);

    /// <summary>A new reentrant lock (Python's <c>manager.RLock()</c>): the thread that holds it may acquire it again.</summary>
    /// <returns>The proxy.</returns>
    public ManagedLock CreateRLock() =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Lock, null, static w => w.Write(true)));

    /// <summary>The lock named <paramref name="name"/>, created if it does not exist yet.</summary>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <returns>The proxy.</returns>
    public ManagedLock GetLock(string? name) =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Lock, name, static w => w.Write(false)));

    /// <summary>A new event (Python's <c>manager.Event()</c>).</summary>
    /// <returns>The proxy.</returns>
    public ManagedEvent CreateEvent() => GetEvent(null);

    /// <summary>The event named <paramref name="name"/>, created if it does not exist yet.</summary>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <returns>The proxy.</returns>
    public ManagedEvent GetEvent(string? name) =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Event, name));

    /// <summary>A new semaphore (Python's <c>manager.Semaphore(value)</c>).</summary>
    /// <param name="initialCount">Its initial value.</param>
    /// <returns>The proxy.</returns>
    public ManagedSemaphore CreateSemaphore(int initialCount = 1) => GetSemaphore(null, initialCount);

    /// <summary>A new bounded semaphore (Python's <c>manager.BoundedSemaphore(value)</c>): releasing it above its initial value throws.</summary>
    /// <param name="initialCount">Its initial (and maximum) value, 1 or more.</param>
    /// <returns>The proxy.</returns>
    public ManagedSemaphore CreateBoundedSemaphore(int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialCount, 1);
        return new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Semaphore, null, w =>
        {
            w.WriteUnmanaged(initialCount);
            w.WriteUnmanaged(initialCount);
        }));
    }

    /// <summary>The semaphore named <paramref name="name"/>, created (with <paramref name="initialCount"/>) if it does not exist yet.</summary>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <param name="initialCount">Its initial value.</param>
    /// <returns>The proxy.</returns>
    public ManagedSemaphore GetSemaphore(string? name, int initialCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        return new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Semaphore, name, w =>
        {
            w.WriteUnmanaged(initialCount);
            w.WriteUnmanaged(0);
        }));
    }

    /// <summary>A new value (Python's <c>manager.Value(typecode, value)</c>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="initial">The initial value.</param>
    /// <returns>The proxy.</returns>
    public ManagedValue<T> CreateValue<T>(T initial) => GetValue(null, initial);

    /// <summary>The value named <paramref name="name"/>, created (with <paramref name="initial"/>) if it does not exist yet.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The name every program uses for it (null: a new anonymous one).</param>
    /// <param name="initial">The initial value.</param>
    /// <returns>The proxy.</returns>
    public ManagedValue<T> GetValue<T>(string? name, T initial) =>
        new(ClientForCalls, ManagerProxy.Create(ClientForCalls, ManagerObjectKind.Value, name, w => Marshalling.Marshaller<T>.Default.Write(w, initial)));

    /// <summary>
    /// Stops the server this manager started or hosts (Python's <c>shutdown()</c>) and closes this manager's
    /// connections. Proxies of it then throw <see cref="ManagerConnectionException"/>. Safe to call twice.
    /// </summary>
    public void Shutdown()
    {
        if (BeginShutdown() is { } process)
        {
            if (!process.Join(StopTimeout))
            {
                process.Kill();
                process.Join(StopTimeout);
            }

            process.Dispose();
        }
    }

    /// <summary>Shuts the manager down (see <see cref="Shutdown"/>).</summary>
    public void Dispose() => Shutdown();

    /// <summary>Shuts the manager down without blocking a thread while the server process exits.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (BeginShutdown() is { } process)
        {
            try
            {
                await process.JoinAsync().WaitAsync(StopTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                process.Kill();
                await process.JoinAsync().ConfigureAwait(false);
            }

            process.Dispose();
        }
    }

    /// <summary>
    /// The first call closes this manager's connections and the server it hosts, asks the server process it started
    /// to stop, and returns that process for the caller to wait for (null: none, or a call before this one did it).
    /// </summary>
    private ManagerServerProcess? BeginShutdown()
    {
        if (Interlocked.Exchange(ref _shutdown, 1) != 0)
        {
            return null;
        }

        _client.Dispose();
        _server?.Dispose();
        _process?.Stop();
        return _process;
    }

    private static ManagerServerProcess Launch(ManagerOptions options, out Task<string> ready, out Task exited)
    {
        if (options.ServerTls is not null)
        {
            throw new ArgumentException(
                "ManagerOptions.ServerTls is for ProcessManager.Listen: a manager server process cannot take certificate objects. Serve TLS from this process with ProcessManager.Listen(address, authKey, options).",
                nameof(options));
        }

        var authkey = options.AuthKey is { } key ? CheckKey(key) : Multiprocess.Current.AuthKey;
        var process = new ManagerServerProcess(ManagerServerLoop.WriteSettings(options), authkey, options.Log);
        process.Start();
        ready = process.Address;
        exited = process.JoinAsync();
        return process;
    }

    private static ProcessManager Connected(ManagerServerProcess process, string address, ManagerOptions? options)
    {
        var authkey = options?.AuthKey is { } key ? (byte[])key.Clone() : Multiprocess.Current.AuthKey;
        return new ProcessManager(ManagerClient.CreateOwned(address, authkey), process, null);
    }

    /// <summary>The hosting manager's own client accepts the certificate its server was given (or, with a selection callback, the one it presents: it is its own port).</summary>
    private static SslClientAuthenticationOptions OwnServer(IPEndPoint address, SslServerAuthenticationOptions server) => new()
    {
        TargetHost = address.Address.ToString(),
        RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            server.ServerCertificate is not { } expected || (certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(expected.GetRawCertData())),
    };

    private static ProcessException StartFailed(ManagerServerProcess process, Task<string> ready)
    {
        string why = ready.Exception?.InnerException?.Message
            ?? (process.ExitCode is int code ? $"it exited with code {code}" : "it did not report its address in time");
        process.Dispose();
        return new ProcessException($"The manager server process could not start: {why}. Its output above may say more.");
    }

    private static byte[] CheckKey(byte[] authKey)
    {
        ArgumentNullException.ThrowIfNull(authKey);
        if (authKey.Length == 0)
        {
            throw new ArgumentException("An authkey must not be empty.", nameof(authKey));
        }

        return authKey;
    }
}
