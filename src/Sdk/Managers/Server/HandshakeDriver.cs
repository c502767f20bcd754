using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using static Multiprocessing.Interop.SocketCalls;

namespace Multiprocessing.Managers.Server;

/// <summary>
/// Drives the server's side of every authkey challenge of a manager on one thread, with poll: a connection that has
/// not logged in costs a few hundred bytes, never a thread. At most <see cref="ManagerServerCore.MaxPendingHandshakes"/>
/// connections may be in the challenge at once (more are closed at once), and each must finish it within
/// <see cref="ManagerServerCore.HandshakeTimeout"/> in all, however slowly its bytes arrive. A client that passes is
/// handed to <see cref="ManagerServerCore.Serve"/>.
/// </summary>
internal sealed unsafe partial class HandshakeDriver : IDisposable
{
    private const int EFD_NONBLOCK = 0x800;
    private const int EFD_CLOEXEC = 0x80000;

    private readonly ManagerServerCore _core;
    private readonly ConcurrentQueue<ManagerSocket> _incoming = new();
    private readonly List<PendingHandshake> _pending = [];
    private readonly long _timeoutTicks;
    private readonly object _wakeGate = new();
    private readonly CancellationTokenSource _stop = new();
    private int _wake;
    private int _count;
    private volatile bool _stopping;

    internal HandshakeDriver(ManagerServerCore core)
    {
        _core = core;
        _timeoutTicks = (long)(core.HandshakeTimeout.TotalSeconds * Stopwatch.Frequency);
        _wake = EventFd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (_wake < 0)
        {
            throw new SocketException(Marshal.GetLastPInvokeError());
        }

        var thread = new Thread(Run) { IsBackground = true, Name = "Multiprocessing manager handshakes" };
        thread.Start();
    }

    /// <summary>Takes a new connection into the challenge, or closes it at once when the cap is reached.</summary>
    internal void Add(ManagerSocket socket)
    {
        if (Reserve(socket))
        {
            _incoming.Enqueue(socket);
            Wake();
        }
    }

    /// <summary>
    /// Takes a new connection of a TLS listener: the TLS handshake and then the authkey challenge run asynchronously
    /// (no thread waits on them), under the same cap and total deadline. Apart, so that System.Net.Security is loaded
    /// only by a server with TLS.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void AddSecured(ManagerSocket socket, IManagerListener listener)
    {
        if (!ManagerTls.IsSupported)
        {
            socket.Dispose(); // unreachable: a TLS listener cannot be made without TLS
            return;
        }

        if (Reserve(socket))
        {
            _ = TlsHandshake.RunAsync(_core, socket, ((TcpManagerListener)listener).Tls!, _stop.Token, () => Interlocked.Decrement(ref _count));
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _stop.Cancel(); // ends the TLS handshakes in flight
        Wake();
    }

    /// <summary>Counts a new connection in; false (and the connection closed, with a throttled log line) over the cap.</summary>
    private bool Reserve(ManagerSocket socket)
    {
        if (_stopping)
        {
            socket.Dispose();
            return false;
        }

        if (Interlocked.Increment(ref _count) > _core.MaxPendingHandshakes)
        {
            Interlocked.Decrement(ref _count);
            string peer = socket.Peer;
            socket.Dispose();
            _core.LogThrottled($"closed a connection from {peer} at once: {_core.MaxPendingHandshakes} connections are already pending in the authkey challenge (a flood, or clients that do not log in); it may connect again once they are done");
            return false;
        }

        return true;
    }

    private void Wake()
    {
        long one = 1;
        lock (_wakeGate)
        {
            if (_wake >= 0)
            {
                _ = Write(_wake, &one, sizeof(long));
            }
        }
    }

    private void Run()
    {
        var descriptors = new PollDescriptor[16];
        while (!_stopping)
        {
            try
            {
                Cycle(ref descriptors);
            }
            catch (Exception ex)
            {
                // Never let a handshake take the server down: log, close what is pending, and go on accepting.
                _core.Log($"the handshake thread failed ({ex.GetType().Name}: {ex.Message}); the connections pending in the challenge are closed");
                ClosePending();
                Thread.Sleep(10);
            }
        }

        ClosePending();
        lock (_wakeGate)
        {
            Close(_wake);
            _wake = -1;
        }
    }

    /// <summary>One round: take new connections, wait for bytes or the nearest deadline, advance every handshake.</summary>
    private void Cycle(ref PollDescriptor[] descriptors)
    {
        while (_incoming.TryDequeue(out var socket))
        {
            Begin(socket);
        }

        if (descriptors.Length < _pending.Count + 1)
        {
            descriptors = new PollDescriptor[Math.Max(_pending.Count + 1, descriptors.Length * 2)];
        }

        long now = Stopwatch.GetTimestamp();
        long next = long.MaxValue;
        descriptors[0] = new PollDescriptor { Fd = _wake, Events = POLLIN };
        for (int i = 0; i < _pending.Count; i++)
        {
            descriptors[i + 1] = new PollDescriptor { Fd = _pending[i].Socket.Descriptor, Events = POLLIN };
            next = Math.Min(next, _pending[i].Deadline);
        }

        int timeout = next == long.MaxValue ? -1 : (int)Math.Clamp(((next - now) * 1000 / Stopwatch.Frequency) + 1, 0, int.MaxValue);
        fixed (PollDescriptor* p = descriptors)
        {
            if (PollNative(p, (nuint)(_pending.Count + 1), timeout) < 0 && Marshal.GetLastPInvokeError() != EINTR)
            {
                Thread.Sleep(10); // ENOMEM: try again
                return;
            }
        }

        if (descriptors[0].ReturnedEvents != 0)
        {
            long drained;
            _ = Read(_wake, &drained, sizeof(long));
        }

        now = Stopwatch.GetTimestamp();
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            string? refused = null;
            bool done;
            try
            {
                done = descriptors[i + 1].ReturnedEvents != 0 && Step(pending, out refused);
            }
            catch (Exception ex)
            {
                done = true;
                refused = $"its handshake failed ({ex.GetType().Name}: {ex.Message})";
            }

            if (!done && now >= pending.Deadline)
            {
                done = true;
                refused = $"it did not pass the authkey challenge within {_core.HandshakeTimeout.TotalSeconds:0.###} s";
            }

            if (done)
            {
                _pending[i] = _pending[^1];
                _pending.RemoveAt(_pending.Count - 1);
                Interlocked.Decrement(ref _count);
                Finish(pending, refused);
            }
        }
    }

    private void ClosePending()
    {
        foreach (var pending in _pending)
        {
            pending.Socket.Dispose();
            Interlocked.Decrement(ref _count);
        }

        _pending.Clear();
        while (_incoming.TryDequeue(out var socket))
        {
            socket.Dispose();
            Interlocked.Decrement(ref _count);
        }
    }

    private void Begin(ManagerSocket socket)
    {
        PendingHandshake pending;
        try
        {
            pending = new PendingHandshake(socket, Stopwatch.GetTimestamp() + _timeoutTicks);
            _pending.Add(pending);
        }
        catch (Exception ex)
        {
            Interlocked.Decrement(ref _count);
            socket.Dispose();
            _core.Log($"refused a connection from {socket.Peer}: its handshake could not begin ({ex.GetType().Name}: {ex.Message})");
            return;
        }

        if (!socket.SendNow(ManagerHandshake.ChallengeFrame(pending.Nonce)))
        {
            _pending.Remove(pending);
            Interlocked.Decrement(ref _count);
            Finish(pending, "the challenge could not be sent (the connection broke)");
        }
    }

    /// <summary>Reads what the client sent; true when the handshake is over (<paramref name="refused"/> null: passed).</summary>
    private bool Step(PendingHandshake pending, out string? refused)
    {
        refused = null;
        var received = pending.Received;
        while (pending.Count < received.Length)
        {
            int n;
            try
            {
                n = pending.Socket.ReceiveNow(received.AsSpan(pending.Count));
            }
            catch (SocketException ex)
            {
                refused = $"the connection broke during the handshake ({ex.Message})";
                return true;
            }

            if (n < 0)
            {
                return false;
            }

            if (n == 0)
            {
                refused = "it closed the connection during the handshake";
                return true;
            }

            int before = pending.Count;
            pending.Count += n;
            if (before < ManagerChannel.HeaderSize && pending.Count >= ManagerChannel.HeaderSize && !ManagerHandshake.IsResponseHeader(received))
            {
                refused = $"it did not answer the challenge (a frame of {BitConverter.ToInt32(received)} bytes announced, not a manager handshake)";
                return true;
            }
        }

        refused = ManagerHandshake.Answer(received, pending.Nonce, _core.AuthKey, _core.MaxMessageSize, out var reply);
        if (reply.Length > 0 && !pending.Socket.SendNow(reply) && refused is null)
        {
            refused = "the welcome could not be sent (the connection broke)";
        }

        return true;
    }

    private void Finish(PendingHandshake pending, string? refused)
    {
        if (refused is null && !_stopping)
        {
            _core.Serve(pending.Socket);
            return;
        }

        string peer = pending.Socket.Peer;
        pending.Socket.Dispose();
        if (refused is not null)
        {
            _core.Log($"refused a connection from {peer}: {refused}");
        }
    }

    [LibraryImport("libc", EntryPoint = "eventfd", SetLastError = true)]
    private static partial int EventFd(uint initial, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, void* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, void* buffer, nint count);
}
