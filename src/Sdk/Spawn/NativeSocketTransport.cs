using System.Net.Sockets;
using Multiprocessing.Interop;

namespace Multiprocessing.Spawn;

/// <summary>
/// The child's control connection on Linux: a <see cref="UnixSocket"/> (raw libc calls), which costs a few P/Invoke
/// stubs where System.Net.Sockets costs ~15 ms of assembly loading and initialization on every child start.
/// </summary>
internal sealed class NativeSocketTransport : ControlTransport
{
    private readonly UnixSocket _socket;

    private NativeSocketTransport(UnixSocket socket) => _socket = socket;

    internal static bool IsSupported => UnixSocket.IsSupported;

    /// <exception cref="ProcessException">The parent's socket could not be reached.</exception>
    internal static NativeSocketTransport Connect(string path)
    {
        try
        {
            return new NativeSocketTransport(UnixSocket.Connect(path));
        }
        catch (SocketException ex)
        {
            throw new ProcessException($"The control socket failed in connect to {path}: errno {ex.ErrorCode} ({ex.Message}).", ex);
        }
    }

    internal override int Send(ReadOnlySpan<byte> data) => _socket.Send(data);

    internal override int Receive(Span<byte> buffer) => _socket.Receive(buffer);

    public override void Dispose() => _socket.Dispose();
}
