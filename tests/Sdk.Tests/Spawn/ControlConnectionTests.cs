using System.Net.Sockets;
using Multiprocessing.Spawn;

namespace Multiprocessing.Tests.Spawn;

public sealed class ControlConnectionTests
{
    [Fact]
    public void Corrupt_frames_are_reported_clearly()
    {
        Assert.Contains("unknown frame type", Receive([0, 0, 0, 0, 200]).Message);
        Assert.Contains("outside 0..", Receive([0xFF, 0xFF, 0xFF, 0x7F, 1]).Message);
        Assert.Contains("middle of a frame", Receive([10, 0, 0, 0, 7, 1, 2]).Message);
    }

    private static ProcessException Receive(byte[] raw)
    {
        var (a, b) = Pair();
        using var receiver = new ControlConnection(new SocketTransport(a));
        b.Send(raw);
        b.Shutdown(SocketShutdown.Send);
        var error = Assert.Throws<ProcessException>(() => receiver.TryReceive(out _, out _));
        b.Dispose();
        return error;
    }

    private static (Socket, Socket) Pair()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mp-test-{Guid.NewGuid():N}.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        client.Connect(new UnixDomainSocketEndPoint(path));
        var server = listener.Accept();
        File.Delete(path);
        return (server, client);
    }
}
