using System.Diagnostics;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// The server's side of one authenticated client connection (<see cref="HandshakeDriver"/> ran the challenge), served
/// by its own thread: request after request until the client goes away. A malformed request gets an error reply; a frame over the size limit or a broken
/// stream ends this connection only, with a log line. The locks the client held are released when it goes.
/// </summary>
internal sealed class ServerConnection
{
    /// <summary>How long the server polls for the next request after a reply before it blocks.</summary>
    private static readonly TimeSpan SpinAfterReply = TimeSpan.FromMicroseconds(60);

    /// <summary>How often a blocked request checks that its client is still there.</summary>
    private const int WaitSliceMilliseconds = 200;

    private readonly ManagerServerCore _core;
    private readonly ManagerChannel _channel;
    private readonly List<ServerLock> _held = [];
    private ManagerMailbox? _mailbox;

    internal ServerConnection(ManagerServerCore core, ManagerSocket socket)
    {
        _core = core;
        _channel = new ManagerChannel(socket, core.MaxMessageSize);
    }

    /// <summary>A fault tests inject where the serving thread starts (to play a thread limit); null otherwise.</summary>
    internal static Action? StartFault { get; set; }

    internal string Peer => _channel.Socket.Peer;

    internal void Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "Multiprocessing manager connection" };
        thread.Start();
    }

    internal void Close() => _channel.Dispose();

    /// <summary>Remembers a lock this client holds, so it is released if the client goes away.</summary>
    internal void Holds(ServerLock held)
    {
        if (!_held.Contains(held))
        {
            _held.Add(held);
        }
    }

    /// <summary>
    /// Waits on <paramref name="gate"/> (held by the caller) until pulsed or <paramref name="deadline"/> (a Stopwatch
    /// timestamp; 0 = do not wait, long.MaxValue = forever). Returns false when the deadline passed. Throws when the
    /// client went away meanwhile, so that a blocked get never takes an item for a client that cannot receive it.
    /// </summary>
    internal bool Wait(object gate, long deadline)
    {
        long now = Stopwatch.GetTimestamp();
        if (deadline <= now)
        {
            return false;
        }

        int slice = deadline == long.MaxValue
            ? WaitSliceMilliseconds
            : (int)Math.Clamp((deadline - now) * 1000 / Stopwatch.Frequency + 1, 1, WaitSliceMilliseconds);
        Monitor.Wait(gate, slice);
        if (_core.Stopping || _channel.Socket.IsPeerClosed())
        {
            throw new ManagerFault(ManagerError.InvalidOperation, "The client went away (or the server is stopping) during a blocking call.");
        }

        return true;
    }

    private void Run()
    {
        try
        {
            Serve();
        }
        catch (Exception ex)
        {
            // Never let one connection take the server down.
            _core.Log($"dropped the connection from {Peer}: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            foreach (var held in _held)
            {
                held.ReleaseAll(this);
            }

            _core.Remove(this);
            _channel.Dispose();
            _mailbox?.Dispose();
        }
    }

    private void Serve()
    {
        while (true)
        {
            int offset;
            int length;
            try
            {
                if (!_channel.TryRead(SpinAfterReply, -1, out offset, out length))
                {
                    return; // the client closed its end
                }
            }
            catch (ManagerFrameException ex)
            {
                _core.Log($"closed the connection from {Peer}: {ex.Message}");
                TrySendError(ManagerError.Protocol, $"The request was refused and the connection closed: {ex.Message}.");
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                return;
            }

            Handle(new ReadOnlySpan<byte>(_channel.Buffer, offset, length));
            try
            {
                _channel.Send();
            }
            catch (System.Net.Sockets.SocketException)
            {
                return; // the client is gone
            }

            if (_mailbox is not null)
            {
                ServeMailbox(_mailbox);
                return;
            }
        }
    }

    /// <summary>Serves the requests of a local client through its shared-memory mailbox until the client goes away.</summary>
    private void ServeMailbox(ManagerMailbox mailbox)
    {
        Func<bool> gone = () => _core.Stopping || _channel.Socket.IsPeerClosed();
        int sequence = 0;
        while (true)
        {
            if (mailbox.WaitRequest(sequence, SpinAfterReply, gone) is not int length)
            {
                return;
            }

            sequence++;
            if (length == -1)
            {
                // Too big for the mailbox: the request is on the socket.
                int offset;
                try
                {
                    if (!_channel.TryRead(TimeSpan.Zero, -1, out offset, out length))
                    {
                        return;
                    }
                }
                catch (ManagerFrameException ex)
                {
                    _core.Log($"closed the connection from {Peer}: {ex.Message}");
                    return;
                }

                Handle(new ReadOnlySpan<byte>(_channel.Buffer, offset, length));
            }
            else if (length > _core.MaxMessageSize && length <= mailbox.Capacity)
            {
                WriteError(ManagerError.Protocol, $"A request of {length} bytes exceeds the {_core.MaxMessageSize}-byte limit of this manager.", null, null);
            }
            else if ((uint)length <= (uint)mailbox.Capacity)
            {
                Handle(mailbox.Data[..length]);
            }
            else
            {
                _core.Log($"closed the connection from {Peer}: its mailbox announced a request of {length} bytes");
                return;
            }

            if (_channel.PendingPayload <= mailbox.Capacity)
            {
                _channel.PendingPayloadSpan.CopyTo(mailbox.Data);
                mailbox.PostReply(sequence, _channel.PendingPayload);
            }
            else
            {
                mailbox.PostReply(sequence, -1); // first, so that the client reads while this thread writes
                try
                {
                    _channel.Send();
                }
                catch (System.Net.Sockets.SocketException)
                {
                    return;
                }

            }
        }
    }

    private void Handle(ReadOnlySpan<byte> request)
    {
        var reply = _channel.Begin();
        reply.WriteUnmanaged((byte)ManagerStatus.Ok);
        try
        {
            var reader = new MarshalReader(request);
            var op = (ManagerOp)reader.ReadUnmanaged<byte>();
            long id = reader.ReadUnmanaged<long>();
            switch (op)
            {
                case ManagerOp.Create:
                    _core.Create(ref reader, reply);
                    break;
                case ManagerOp.Ping:
                    reply.WriteUnmanaged(Environment.ProcessId);
                    break;
                case ManagerOp.OpenMailbox when _mailbox is null && ManagerMailbox.IsSupported && _channel.Socket.IsLocal:
                    _mailbox = ManagerMailbox.TryCreate();
                    reply.WriteString(_mailbox?.Name); // null: no room in shared memory, the calls stay on the socket
                    break;
                default:
                    _core.Find(id).Handle(op, ref reader, reply, this);
                    break;
            }

            if (reader.Remaining != 0)
            {
                throw new ManagerFault(ManagerError.Protocol, $"Malformed request: {reader.Remaining} unexpected trailing bytes after {op}.");
            }
        }
        catch (ManagerFault fault)
        {
            WriteError(fault.Code, fault.Message, fault.RemoteType, fault.RemoteStack);
        }
        catch (MarshalException ex)
        {
            WriteError(ManagerError.Protocol, "Malformed request: " + ex.Message, null, null);
        }
        catch (Exception ex)
        {
            _core.Log($"a request from {Peer} failed unexpectedly: {ex}");
            WriteError(ManagerError.InvalidOperation, $"The manager failed on the request: {ex.GetType().Name}: {ex.Message}", null, null);
        }
    }

    private void WriteError(ManagerError code, string message, string? remoteType, string? remoteStack)
    {
        var reply = _channel.Begin();
        reply.WriteUnmanaged((byte)ManagerStatus.Error);
        reply.WriteUnmanaged((byte)code);
        reply.WriteString(message);
        reply.WriteString(remoteType);
        reply.WriteString(remoteStack);
    }

    private void TrySendError(ManagerError code, string message)
    {
        try
        {
            WriteError(code, message, null, null);
            _channel.Send();
        }
        catch (System.Net.Sockets.SocketException)
        {
        }
    }
}
