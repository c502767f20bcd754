using System.Net.Sockets;
using Multiprocessing.Spawn;
using Multiprocessing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Spawn;

/// <summary>
/// Only the parent's own user reaches its control socket: the directory is 0700, and behind that every accepted
/// connection's peer credentials (SO_PEERCRED) are checked before anything is sent or read.
/// </summary>
public sealed class ControlSocketAccessTests(ITestOutputHelper output)
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Open = Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>Connects, sends a Hello with a made-up token, and prints how many bytes came back before the end of stream.</summary>
    private const string Intruder = """
        import socket, sys
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(10)
        s.connect(sys.argv[1])
        print("connected")
        data = b""
        try:
            s.sendall(bytes([16, 0, 0, 0, 1]) + bytes(16))
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
        except (BrokenPipeError, ConnectionResetError):
            pass
        print("received", len(data))
        """;

    [Fact]
    public void The_control_socket_lives_in_a_directory_only_its_user_can_enter()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string directory = Path.GetDirectoryName(ControlServer.Instance.Endpoint)!;
        Assert.Equal(Private, File.GetUnixFileMode(directory));
    }

    [Fact]
    public void Another_user_who_reaches_the_control_socket_is_dropped_before_a_byte_is_exchanged()
    {
        if (OperatingSystem.IsWindows())
        {
            output.WriteLine("Skipped: no Unix users or SO_PEERCRED on Windows.");
            return;
        }

        if (OtherUser.SkipReason is { } why)
        {
            output.WriteLine($"Skipped: {why}.");
            return;
        }

        string root = Directory.CreateTempSubdirectory("mp-peercred-").FullName;
        string directory = Path.Combine(root, "control");
        var server = new ControlServer(directory);
        try
        {
            // Open the way to the socket, as a careless TMPDIR or a permissive umask on a shared directory could: the
            // peer check is what must hold then.
            File.SetUnixFileMode(root, Open);
            File.SetUnixFileMode(directory, Open);
            File.SetUnixFileMode(server.Endpoint, Open | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

            // The parent's own user is served: the challenge comes at once.
            using (var own = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
            {
                own.Connect(new UnixDomainSocketEndPoint(server.Endpoint));
                own.ReceiveTimeout = 10_000;
                var header = new byte[5];
                int read = 0;
                while (read < header.Length && own.Receive(header, read, header.Length - read, SocketFlags.None) is int n and > 0)
                {
                    read += n;
                }

                Assert.Equal(5, read);
                Assert.Equal((byte)FrameType.Challenge, header[4]);
            }

            var (exitCode, stdout, stderr) = OtherUser.Run("/usr/bin/python3", "-c", Intruder, server.Endpoint);
            output.WriteLine(stdout + stderr);
            Assert.Equal(0, exitCode);
            Assert.Contains("connected", stdout); // the way was open: the kernel let the other user connect
            Assert.Contains("received 0", stdout); // and the server closed it without sending its challenge
        }
        finally
        {
            server.Shutdown();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
