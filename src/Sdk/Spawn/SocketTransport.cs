using System.Net.Sockets;

namespace Multiprocessing.Spawn;

/// <summary>A control transport over a .NET <see cref="Socket"/> (the parent's side, and children off Linux).</summary>
internal sealed class SocketTransport : ControlTransport
{
    private readonly Socket _socket;

    internal SocketTransport(Socket socket) => _socket = socket;

    internal static SocketTransport Connect(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(path));
        return new SocketTransport(socket);
    }

    /// <summary>The OS descriptor, for a reader that bypasses the async engine (Unix).</summary>
    internal int Descriptor => (int)_socket.SafeHandle.DangerousGetHandle();

    internal override int Send(ReadOnlySpan<byte> data) => _socket.Send(data);

    internal override int Receive(Span<byte> buffer) => _socket.Receive(buffer);

    internal override ValueTask<int> SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        _socket.SendAsync(data, SocketFlags.None, cancellationToken);

    internal override ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);

    public override void Dispose() => _socket.Dispose();
}
