using System.Net;
using System.Net.Security;
using Multiprocessing.Managers;
using Multiprocessing.Managers.Server;

namespace Multiprocessing;

/// <summary>How a manager server is set up: its authkey, where it listens, its limits, its log and its registered types.</summary>
public sealed class ManagerOptions
{
    /// <summary>The default limit on one request: 64 MiB.</summary>
    public const int DefaultMaxMessageSize = 64 * 1024 * 1024;

    private readonly List<ManagedTypeDescriptor> _types = [];
    private int _maxMessageSize = DefaultMaxMessageSize;

    /// <summary>
    /// The key clients must prove they know (HMAC challenge). For <see cref="ProcessManager.Start(ManagerOptions?)"/>,
    /// null means this process's authkey (<see cref="Multiprocess.Current"/>), which the children it spawns share.
    /// </summary>
    public byte[]? AuthKey { get; set; }

    /// <summary>
    /// For <see cref="ProcessManager.Start(ManagerOptions?)"/>: a TCP address for the server process to listen on
    /// (port 0 picks a free port), so that other programs can connect; null (the default) listens on a private Unix
    /// domain socket, reachable by this process and its children only.
    /// </summary>
    public IPEndPoint? Address { get; set; }

    /// <summary>
    /// For <see cref="ProcessManager.Listen(IPEndPoint, byte[], ManagerOptions?)"/>: TLS for every connection (an
    /// <see cref="SslStream"/> with these options, whose <see cref="SslServerAuthenticationOptions.ServerCertificate"/>
    /// or certificate selection you set), so that a remote manager's traffic does not cross the network in clear. The
    /// authkey challenge still runs, inside TLS, and a client must connect with TLS (its address then reads
    /// <c>tls:host:port</c>; see <see cref="ProcessManager.Connect(EndPoint, byte[], SslClientAuthenticationOptions)"/>);
    /// a plain client is refused. Null (the default): plain TCP. Not for <see cref="ProcessManager.Start(ManagerOptions?)"/>,
    /// whose server process cannot take certificate objects.
    /// </summary>
    public SslServerAuthenticationOptions? ServerTls { get; set; }

    /// <summary>The largest request the server accepts, in bytes; a larger one is refused and its connection closed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 KiB.</exception>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            _maxMessageSize = value;
        }
    }

    /// <summary>
    /// Where the server's log lines go (refused connections, malformed requests). Null writes them to standard error;
    /// for a server process, the lines travel to this process and are written here.
    /// </summary>
    public Action<string>? Log { get; set; }

    internal IReadOnlyList<ManagedTypeDescriptor> Types => _types;

    /// <summary>How long a connection has, in all, to pass the authkey challenge (tests shorten it).</summary>
    internal TimeSpan HandshakeTimeout { get; set; } = ManagerServerCore.DefaultHandshakeTimeout;

    /// <summary>How many connections may wait in the authkey challenge at once; more are closed at once (tests lower it).</summary>
    internal int MaxPendingHandshakes { get; set; } = ManagerServerCore.DefaultMaxPendingHandshakes;

    /// <summary>
    /// Lets clients create instances of <typeparamref name="T"/>, a <see cref="ManagedTypeAttribute"/> class (Python's
    /// <c>BaseManager.register</c>). The server builds only the types registered here.
    /// </summary>
    /// <typeparam name="T">The class.</typeparam>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The class is not marked <see cref="ManagedTypeAttribute"/>.</exception>
    public ManagerOptions Register<T>() where T : class
    {
        var descriptor = ManagedTypeRegistry.For<T>();
        if (!_types.Contains(descriptor))
        {
            _types.Add(descriptor);
        }

        return this;
    }
}
