using System.Net.Sockets;
using Multiprocessing.Interop;

namespace Multiprocessing.Tests.Spawn;

/// <summary>The one raw-socket wrapper under the control connection and the manager's connections.</summary>
public sealed class UnixSocketTests
{
    [Fact]
    public void Bytes_go_both_ways_and_the_peer_closing_is_seen()
    {
        string directory = Directory.CreateTempSubdirectory("mp-unixsocket-").FullName;
        try
        {
            string path = Path.Combine(directory, "s.sock");
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen(1);
            using var client = UnixSocket.Connect(path);
            using var server = listener.Accept();

            client.SendAll("ping"u8);
            var buffer = new byte[16];
            int n = 0;
            while (n < 4)
            {
                n += server.Receive(buffer.AsSpan(n));
            }

            Assert.Equal("ping"u8.ToArray(), buffer[..4]);
            Assert.Equal(-1, client.ReceiveNow(buffer)); // nothing there yet: no blocking
            server.Send("pong"u8);
            Assert.True(client.WaitReadable(10_000));
            Assert.Equal(4, client.Receive(buffer, TimeSpan.FromMilliseconds(1)));
            Assert.Equal("pong"u8.ToArray(), buffer[..4]);
            Assert.False(client.IsPeerClosed());

            server.Close();
            Assert.True(client.WaitReadable(10_000));
            Assert.True(client.IsPeerClosed());
            Assert.Equal(0, client.Receive(buffer)); // end of stream
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Connecting_to_no_listener_throws_a_socket_exception_and_a_too_long_path_says_what_to_do()
    {
        var refused = Assert.Throws<SocketException>(() => UnixSocket.Connect(Path.Combine(Path.GetTempPath(), $"mp-none-{Guid.NewGuid():N}.sock")));
        Assert.NotEqual(SocketError.Success, refused.SocketErrorCode);
        var tooLong = Assert.Throws<ProcessException>(() => UnixSocket.Connect("/tmp/" + new string('x', 120)));
        Assert.Contains("TMPDIR", tooLong.Message);
    }
}
