using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using Multiprocessing.Interop;

namespace Multiprocessing.Spawn;

/// <summary>
/// The parent's private endpoint: one Unix domain socket in a fresh 0700 directory, created on the first spawn.
/// Every connection must come from this process's own user (SO_PEERCRED, checked before a byte is sent or read);
/// then the child names its one-time token, both sides prove they hold the token's key (<see cref="Handshake"/>),
/// and only then the Start frame, with the authkey, goes out and the connection is handed to the
/// <see cref="SpawnedChild"/> that waits for it (or, for a spare of the warm start, Standby goes out and the
/// connection is handed to the <see cref="SpareChild"/>).
/// </summary>
internal sealed class ControlServer
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(30);
    private static readonly object s_gate = new();
    private static ControlServer? s_instance;

    private readonly Socket _listener;
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, IAwaitedChild> _pending = new(StringComparer.Ordinal);

    // Named after this process's liveness token, so that a sweep (or the resource tracker) removes it once this
    // process is proven dead, in any pid namespace.
    private ControlServer()
        : this(Path.Combine(Path.GetTempPath(), $"{SharedMemoryTracker.ControlDirectoryPrefix}{ProcessIdentity.Format(ProcessIdentity.Token)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}"))
    {
        ResourceTracker.EnsureStarted();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
    }

    /// <summary>A server listening in <paramref name="directory"/> (created 0700): the process's own one, or a test's.</summary>
    internal ControlServer(string directory)
    {
        _directory = directory;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_directory);
        }
        else
        {
            Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Endpoint = Path.Combine(_directory, "control.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(Endpoint));
        _listener.Listen(512);
        _ = AcceptLoopAsync();
    }

    internal static ControlServer Instance
    {
        get
        {
            if (s_instance is { } server)
            {
                return server;
            }

            lock (s_gate)
            {
                return s_instance ??= new ControlServer();
            }
        }
    }

    internal string Endpoint { get; }

    /// <summary>Registers the child that will name <paramref name="tokenId"/> in its Hello.</summary>
    internal void Expect(byte[] tokenId, IAwaitedChild child) => _pending[Convert.ToHexString(tokenId)] = child;

    internal void Forget(byte[] tokenId) => _pending.TryRemove(Convert.ToHexString(tokenId), out _);

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            _ = HandleAsync(socket);
        }
    }

    private async Task HandleAsync(Socket socket)
    {
        // The 0700 directory keeps other users away from the socket; should it be reachable anyway (a moved or
        // re-permissioned directory), a peer of another user is dropped before anything is sent or read.
        if (OperatingSystem.IsLinux() && !PeerCredentials.IsSameUser((int)socket.SafeHandle.DangerousGetHandle()))
        {
            socket.Dispose();
            return;
        }

        var connection = new ControlConnection(new SocketTransport(socket));
        IAwaitedChild? child = null;
        using var timeout = new CancellationTokenSource(HandshakeTimeout);
        try
        {
            var challenge = Handshake.CreateChallenge();
            var challengeSent = connection.SendAsync(FrameType.Challenge, challenge, timeout.Token);
            var tokenId = await connection.ExpectAsync(FrameType.Hello, timeout.Token).ConfigureAwait(false);
            await challengeSent.ConfigureAwait(false);

            // The token is consumed here, whatever follows: one connection per token, so a copy is useless afterwards.
            if (!_pending.TryRemove(Convert.ToHexString(tokenId), out child))
            {
                connection.Dispose();
                return;
            }

            var response = await connection.ExpectAsync(FrameType.Response, timeout.Token).ConfigureAwait(false);
            if (!Handshake.VerifyChild(child.TokenKey, challenge, response))
            {
                await connection.SendAsync(FrameType.Failure, ReadOnlyMemory<byte>.Empty, timeout.Token).ConfigureAwait(false);
                throw new ProcessAuthenticationException(
                    "The process that connected with this child's spawn token could not prove it holds the token's key, so it " +
                    "was refused and the child not started. Parent and child must run the same build of Multiprocessing.");
            }

            await connection.SendAsync(FrameType.Welcome, Handshake.ParentProof(child.TokenKey, challenge), timeout.Token).ConfigureAwait(false);
            if (child.StartMessage is { } start)
            {
                await connection.SendAsync(FrameType.Start, start, timeout.Token).ConfigureAwait(false);
            }
            else
            {
                // A spare: it warms up, says Ready and waits for a Start sent when a process is started on it.
                await connection.SendAsync(FrameType.Standby, ReadOnlyMemory<byte>.Empty, timeout.Token).ConfigureAwait(false);
            }

            child.OnConnected(connection);
        }
        catch (Exception ex) when (ex is ProcessException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            connection.Dispose();
            child?.OnConnectFailed(ex);
        }
    }

    /// <summary>Stops listening and removes the directory (at process exit; a test's server when the test ends).</summary>
    /// <summary>Shuts the process's server down if it was started (at exit; safe to call twice).</summary>
    internal static void ShutdownIfStarted() => Volatile.Read(ref s_instance)?.Shutdown();

    internal void Shutdown()
    {
        try
        {
            _listener.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
