using System.Collections.Concurrent;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers;

/// <summary>
/// A manager server: the objects it holds, the listeners it accepts connections on and the connections it serves
/// (one thread each). It runs in a spawned server process (<see cref="ManagerServerLoop"/>) or in the current
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
    private long _nextId;
    private volatile bool _stopping;

    internal ManagerServerCore(byte[] authkey, int maxMessageSize, Action<string>? log, IEnumerable<ManagedTypeDescriptor> types)
    {
        Authkey = authkey;
        MaxMessageSize = maxMessageSize;
        _log = log ?? (line => Console.Error.WriteLine(line));
        foreach (var type in types)
        {
            _types[type.Id] = type;
        }
    }

    /// <summary>The default of <see cref="HandshakeTimeout"/>: the whole challenge, not each read.</summary>
    internal static readonly TimeSpan DefaultHandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default of <see cref="MaxPendingHandshakes"/>.</summary>
    internal const int DefaultMaxPendingHandshakes = 64;

    internal byte[] Authkey { get; }

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

    /// <summary>Accepts connections on <paramref name="listener"/> on a thread of its own.</summary>
    internal void Listen(IManagerListener listener)
    {
        lock (_listeners)
        {
            _listeners.Add(listener);
        }

        var thread = new Thread(() =>
        {
            while (listener.Accept() is { } socket)
            {
                var connection = new ServerConnection(this, socket);
                lock (_connections)
                {
                    if (_stopping)
                    {
                        socket.Dispose();
                        return;
                    }

                    _connections.Add(connection);
                }

                connection.Start();
            }
        })
        {
            IsBackground = true,
            Name = "Multiprocessing manager listener",
        };
        thread.Start();
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
                ManagerObjectKind.Dictionary => new ServerDictionary { Name = name },
                ManagerObjectKind.List => new ServerList { Name = name },
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
