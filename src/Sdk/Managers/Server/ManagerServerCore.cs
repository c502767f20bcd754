using System.Collections.Concurrent;
using System.Diagnostics;
using Multiprocessing.Diagnostics;
using Multiprocessing.Interop;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// A manager server: the objects it holds, the listeners it accepts connections on and the connections it serves
/// (one thread each, once authenticated: the authkey challenge runs on one <see cref="HandshakeDriver"/> thread for
/// all, capped and with a total deadline). A local connection from another user is closed before anything is read or
/// sent (SO_PEERCRED). It runs in a spawned server process (<see cref="ManagerServerLoop"/>) or in the current
/// process (<see cref="ProcessManager.Listen(System.Net.IPEndPoint, byte[], ManagerOptions?)"/>).
/// </summary>
internal sealed class ManagerServerCore : IDisposable
{
    private readonly ConcurrentDictionary<long, ServerObject> _objects = new();
    private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManagedTypeDescriptor> _types = new(StringComparer.Ordinal);
    private readonly List<IManagerListener> _listeners = [];
    private readonly HashSet<ServerConnection> _connections = [];
    private readonly Action<string> _log;
    private readonly object _throttleGate = new();
    private HandshakeDriver? _handshakes;
    private long _lastThrottled;
    private int _suppressed;
    private long _nextId;
    private volatile bool _stopping;

    internal ManagerServerCore(byte[] authkey, int maxMessageSize, Action<string>? log, IEnumerable<ManagedTypeDescriptor> types)
    {
        AuthKey = authkey;
        MaxMessageSize = maxMessageSize;
        _log = log ?? MultiprocessingEventSource.Log.ManagerServerMessage;
        foreach (var type in types)
        {
            _types[type.Id] = type;
        }
    }

    /// <summary>The default of <see cref="HandshakeTimeout"/>: the whole challenge, not each read.</summary>
    internal static readonly TimeSpan DefaultHandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="MaxPendingHandshakes"/>.</summary>
    internal const int DefaultMaxPendingHandshakes = 64;

    internal byte[] AuthKey { get; }

    /// <summary>How long a new connection has, in all, to pass the authkey challenge.</summary>
    internal TimeSpan HandshakeTimeout { get; init; } = DefaultHandshakeTimeout;

    /// <summary>How many connections may be in the authkey challenge at once; more are closed at once.</summary>
    internal int MaxPendingHandshakes { get; init; } = DefaultMaxPendingHandshakes;

    internal int MaxMessageSize { get; }

    internal bool Stopping => _stopping;

    internal void Log(string line)
    {
        try
        {
            _log($"Multiprocessing manager (pid {Environment.ProcessId}): {line}");
        }
        catch (Exception)
        {
            // A failing log callback must not take a connection down.
        }
    }

    /// <summary>
    /// Logs <paramref name="line"/> unless a throttled line was logged less than a second ago (then counts it): a flood of
    /// refused connections must not become a flood of log lines.
    /// </summary>
    internal void LogThrottled(string line)
    {
        int suppressed;
        lock (_throttleGate)
        {
            long now = Stopwatch.GetTimestamp();
            if (_lastThrottled != 0 && now - _lastThrottled < Stopwatch.Frequency)
            {
                _suppressed++;
                return;
            }

            _lastThrottled = now;
            suppressed = _suppressed;
            _suppressed = 0;
        }

        Log(suppressed == 0 ? line : $"{line} ({suppressed} more refusals since the last such line)");
    }

    /// <summary>Accepts connections on <paramref name="listener"/> on a thread of its own.</summary>
    internal void Listen(IManagerListener listener)
    {
        HandshakeDriver handshakes;
        lock (_listeners)
        {
            _listeners.Add(listener);
            handshakes = _handshakes ??= new HandshakeDriver(this);
        }

        var thread = new Thread(() =>
        {
            while (listener.Accept() is { } socket)
            {
                if (_stopping)
                {
                    socket.Dispose();
                    return;
                }

                if (socket.IsLocal && OperatingSystem.IsLinux() && !PeerCredentials.IsSameUser(socket.Descriptor))
                {
                    // Before a byte is read or sent: another local user gets nothing, whatever the socket's address.
                    _ = PeerCredentials.TryGet(socket.Descriptor, out int pid, out uint uid, out _);
                    socket.Dispose();
                    LogThrottled($"refused a local connection from uid {uid} (pid {pid}): only this manager's user (uid {PeerCredentials.EffectiveUserId}) may connect");
                    continue;
                }

                if (listener.UsesTls)
                {
                    handshakes.AddSecured(socket, listener);
                }
                else
                {
                    handshakes.Add(socket);
                }
            }
        })
        {
            IsBackground = true,
            Name = "Multiprocessing manager listener",
        };
        thread.Start();
    }

    /// <summary>Serves a connection that passed the authkey challenge, on a thread of its own.</summary>
    internal void Serve(ManagerSocket socket)
    {
        ServerConnection? connection = null;
        try
        {
            connection = new ServerConnection(this, socket);
            lock (_connections)
            {
                if (_stopping)
                {
                    socket.Dispose();
                    return;
                }

                _connections.Add(connection);
            }

            ServerConnection.StartFault?.Invoke();
            connection.Start();
        }
        catch (Exception ex) when (ex is OutOfMemoryException or ThreadStartException)
        {
            // A thread limit (ulimit -u, cgroup pids.max, memory) must cost this connection only, never the server.
            Log($"closed the connection from {socket.Peer}: no thread could start to serve it ({ex.GetType().Name}: {ex.Message}); the server keeps serving the others");
            if (connection is not null)
            {
                Remove(connection);
            }

            socket.Dispose();
        }
    }

    internal void Remove(ServerConnection connection)
    {
        lock (_connections)
        {
            _connections.Remove(connection);
        }
    }

    internal ServerObject Find(long id) =>
        _objects.TryGetValue(id, out var target)
            ? target
            : throw new ManagerFault(ManagerError.NoSuchObject, $"The manager holds no object with id {id} (a handle of another manager, or a corrupt one).");

    /// <summary>Create: byte kind, string? name, the kind's arguments. Replies int64 id.</summary>
    internal void Create(ref MarshalReader request, MarshalWriter reply)
    {
        var kind = (ManagerObjectKind)request.ReadUnmanaged<byte>();
        string? name = request.ReadString();
        string? typeId = kind == ManagerObjectKind.Custom ? request.ReadString() : null;
        lock (_names)
        {
            if (name is not null && _names.TryGetValue(name, out long existing))
            {
                var found = _objects[existing];
                if (!found.Matches(kind, typeId))
                {
                    throw new ManagerFault(ManagerError.InvalidOperation, $"The manager already holds an object named '{name}', and it is a {found.Kind}{(found is ServerCustomObject custom ? " of " + custom.Type.Id : "")}, not a {kind}{(typeId is null ? "" : " of " + typeId)}.");
                }

                _ = request.ReadRaw(request.Remaining); // the arguments only matter to the creator
                reply.WriteUnmanaged(existing);
                return;
            }

            ServerObject created = kind switch
            {
                ManagerObjectKind.Dictionary => new ServerDictionary(ref request) { Name = name },
                ManagerObjectKind.List => new ServerList(ref request) { Name = name },
                ManagerObjectKind.Namespace => new ServerNamespace { Name = name },
                ManagerObjectKind.Queue => new ServerQueue(request.ReadUnmanaged<int>()) { Name = name },
                ManagerObjectKind.Lock => new ServerLock(request.ReadBoolean()) { Name = name },
                ManagerObjectKind.Event => new ServerEvent { Name = name },
                ManagerObjectKind.Semaphore => new ServerSemaphore(request.ReadUnmanaged<int>(), request.ReadUnmanaged<int>()) { Name = name },
                ManagerObjectKind.Value => new ServerValue(request.ReadRaw(request.Remaining).ToArray()) { Name = name },
                ManagerObjectKind.Custom => CreateCustom(typeId, ref request, name),
                _ => throw new ManagerFault(ManagerError.Protocol, $"Malformed request: unknown object kind {(byte)kind}."),
            };

            long id = Interlocked.Increment(ref _nextId);
            _objects[id] = created;
            if (name is not null)
            {
                _names[name] = id;
            }

            reply.WriteUnmanaged(id);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        lock (_listeners)
        {
            foreach (var listener in _listeners)
            {
                listener.Dispose();
            }

            _handshakes?.Dispose();
        }

        ServerConnection[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        foreach (var connection in connections)
        {
            connection.Close();
        }
    }

    private ServerCustomObject CreateCustom(string? typeId, ref MarshalReader request, string? name)
    {
        if (typeId is null || !_types.TryGetValue(typeId, out var type))
        {
            throw new ManagerFault(ManagerError.NotRegistered,
                $"The manager has no registered type '{typeId}': register it on the server's side (ManagerOptions.Register<T>() for the server the manager starts or listens with) before clients create it.");
        }

        int constructor = request.ReadUnmanaged<int>();
        object instance;
        try
        {
            instance = type.Factory(constructor, ref request);
        }
        catch (MarshalException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ManagerFault(ManagerError.Remote, ex.Message, ex.GetType().FullName, ex.StackTrace);
        }

        return new ServerCustomObject(type, instance) { Name = name };
    }
}
