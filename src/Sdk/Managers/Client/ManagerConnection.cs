using System.Net.Sockets;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Managers.Server;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Client;

/// <summary>
/// One authenticated connection from a client thread to a manager server: requests go out and replies come back one
/// at a time, on reusable buffers. Used by one thread only (see <see cref="ManagerClient"/>).
/// </summary>
internal sealed class ManagerConnection : IDisposable
{
    /// <summary>The largest reply a client accepts (the server's own limit on requests is configurable).</summary>
    internal const int MaxReply = 1 << 30;

    /// <summary>How long a client polls for a reply before it blocks: a manager answers most calls within microseconds.</summary>
    internal static readonly TimeSpan SpinForReply = TimeSpan.FromMicroseconds(60);

    private readonly ManagerChannel _channel;
    private readonly ManagerClient _client;
    private readonly int _maxRequest;
    private readonly Func<bool> _serverGone;
    private ManagerMailbox? _mailbox;
    private int _sequence;

    private ManagerConnection(ManagerClient client, ManagerChannel channel, int serverPid, int maxRequest)
    {
        _client = client;
        _channel = channel;
        ServerPid = serverPid;
        _maxRequest = maxRequest;
        _serverGone = channel.Socket.IsPeerClosed;
    }

    internal int ServerPid { get; }

    internal bool Broken { get; private set; }

    /// <summary>Whether this connection's requests and replies go through a shared-memory mailbox.</summary>
    internal bool HasMailbox => _mailbox is not null;

    internal static ManagerConnection Open(ManagerClient client) => Open(client, client.UsesMailbox);

    private static ManagerConnection Open(ManagerClient client, bool useMailbox)
    {
        ManagerSocket socket;
        try
        {
            socket = client.Address.StartsWith(ManagerAddress.UnixPrefix, StringComparison.Ordinal)
                ? ManagerSocket.ConnectUnix(client.Address[ManagerAddress.UnixPrefix.Length..])
                : ConnectRemote(client);
        }
        catch (SocketException ex)
        {
            throw new ManagerConnectionException($"Cannot connect to the manager at {client.Address}: {ex.Message}. The server is not running (it exited, was killed or was shut down) or the address is wrong.", ex);
        }


        var channel = new ManagerChannel(socket, MaxReply);
        try
        {
            var (pid, maxRequest) = ManagerHandshake.Client(channel, client.AuthKey, client.Address);
            var connection = new ManagerConnection(client, channel, pid, maxRequest);
            if (useMailbox && ManagerMailbox.IsSupported && client.Address.StartsWith(ManagerAddress.UnixPrefix, StringComparison.Ordinal))
            {
                // Same machine: requests and replies go through shared memory from now on, when there is room for it
                // (a null name: the server found none, and the calls stay on the socket).
                connection.Begin(ManagerOp.OpenMailbox, 0);
                var reader = new MarshalReader(connection.Call());
                if (reader.ReadString() is { } name)
                {
                    try
                    {
                        connection._mailbox = ManagerMailbox.Attach(name);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ProcessException)
                    {
                        // The server already serves this connection through the mailbox: start again on the socket only.
                        channel.Dispose();
                        return Open(client, useMailbox: false);
                    }
                }
            }

            return connection;
        }
        catch (ManagerFrameException ex)
        {
            channel.Dispose();
            throw new ManagerConnectionException($"The connection to the manager at {client.Address} broke during the handshake: {ex.Message}.", ex);
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }

    /// <summary>Apart, so that a local connection does not load System.Net.Security.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ManagerSocket ConnectRemote(ManagerClient client)
    {
        try
        {
            return ManagerAddress.Connect(client.Address, (System.Net.Security.SslClientAuthenticationOptions?)client.Tls);
        }
        catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or IOException)
        {
            throw new ManagerConnectionException(
                $"The TLS handshake with the manager at {client.Address} failed: {ex.Message}. Either the server's certificate was refused (check " +
                "the certificate, SslClientAuthenticationOptions.TargetHost and RemoteCertificateValidationCallback), or the server does not speak " +
                "TLS (connect to it with a tcp: address).", ex);
        }
    }

    /// <summary>Starts a request: the writer is positioned after the op and the object id.</summary>
    internal MarshalWriter Begin(ManagerOp op, long objectId)
    {
        var w = _channel.Begin();
        w.WriteUnmanaged((byte)op);
        w.WriteUnmanaged(objectId);
        return w;
    }

    /// <summary>
    /// Sends the request and waits for the reply. Returns the reply's payload (valid until the next call on this
    /// thread); an error reply is thrown as the matching .NET exception.
    /// </summary>
    internal ReadOnlySpan<byte> Call()
    {
        int offset;
        int length;
        if (_channel.PendingPayload > _maxRequest)
        {
            throw new ProcessException(
                $"A request of {_channel.PendingPayload} bytes exceeds the {_maxRequest}-byte limit of the manager at {_client.Address}: " +
                "store smaller values, or raise ManagerOptions.MaxMessageSize on the server.");
        }

        try
        {
            if (_mailbox is { } mailbox)
            {
                int sequence = ++_sequence;
                int payload = _channel.PendingPayload;
                if (payload <= mailbox.Capacity)
                {
                    _channel.PendingPayloadSpan.CopyTo(mailbox.Data);
                    mailbox.PostRequest(sequence, payload);
                }
                else
                {
                    // Too big for the mailbox: the request travels on the socket. Announce it first, so that the server
                    // reads while this thread writes (a large frame does not fit in the socket's buffer).
                    mailbox.PostRequest(sequence, -1);
                    _channel.Send();
                }

                int replyLength = mailbox.WaitReply(sequence, SpinForReply, _serverGone)
                    ?? throw Gone("the server process exited", null);
                if (replyLength >= 0)
                {
                    return Reply(mailbox.Data[..Math.Min(replyLength, mailbox.Capacity)]);
                }
            }
            else
            {
                _channel.Send();
            }

            if (!_channel.TryRead(SpinForReply, -1, out offset, out length))
            {
                throw Gone("the server closed the connection", null);
            }
        }
        catch (SocketException ex)
        {
            throw Gone(ex.Message, ex);
        }
        catch (ManagerFrameException ex)
        {
            throw Gone(ex.Message, ex);
        }

        return Reply(new ReadOnlySpan<byte>(_channel.Buffer, offset, length));
    }

    public void Dispose()
    {
        _channel.Dispose();
        _mailbox?.Dispose();
    }

    private ReadOnlySpan<byte> Reply(ReadOnlySpan<byte> reply)
    {
        if (reply.Length > 0 && reply[0] == (byte)ManagerStatus.Ok)
        {
            return reply[1..];
        }

        throw ReadError(reply);
    }

    private ManagerConnectionException Gone(string why, Exception? inner)
    {
        Broken = true;
        _client.Forget(this);
        return new ManagerConnectionException(
            $"The manager at {_client.Address} (server pid {ServerPid}) is gone: {why}. Its process exited, was killed or was shut down; " +
            "proxies of it cannot be used any more.", inner);
    }

    private Exception ReadError(ReadOnlySpan<byte> reply)
    {
        if (reply.Length < 2 || reply[0] != (byte)ManagerStatus.Error)
        {
            return Gone("it sent a malformed reply", null);
        }

        var reader = new MarshalReader(reply[2..]);
        string message;
        string? remoteType;
        string? remoteStack;
        try
        {
            message = reader.ReadString() ?? "";
            remoteType = reader.ReadString();
            remoteStack = reader.ReadString();
        }
        catch (MarshalException)
        {
            return Gone("it sent a malformed error reply", null);
        }

        return (ManagerError)reply[1] switch
        {
            ManagerError.KeyNotFound => new KeyNotFoundException(message),
            ManagerError.IndexOutOfRange => new ArgumentOutOfRangeException("index", message),
            ManagerError.QueueEmpty => new QueueEmptyException(message),
            ManagerError.QueueFull => new QueueFullException(message),
            ManagerError.NotOwner => new SynchronizationLockException(message),
            ManagerError.InvalidOperation => new InvalidOperationException(message),
            ManagerError.InvalidArgument => new ArgumentException(message),
            ManagerError.Remote => new RemoteProcessException(remoteType ?? "System.Exception", message, remoteStack ?? "", "manager server", ServerPid),
            _ => new ProcessException($"The manager at {_client.Address} refused the request: {message}"),
        };
    }
}
