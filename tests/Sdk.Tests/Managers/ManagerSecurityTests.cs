using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Managers;

/// <summary>
/// Attacks on managers: another local user on the local socket, keys in handles, connections that never log in or
/// log in slowly, a full /dev/shm.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ManagerSecurityTests(ITestOutputHelper output)
{
    private static readonly byte[] Key = "manager-security-test-key"u8.ToArray();

    /// <summary>Connects to an abstract Unix socket as the caller's user and says what the server did before any byte was sent.</summary>
    private const string ProbeScript = """
        import socket, sys
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.connect('\0' + sys.argv[1])
        except OSError as e:
            print('refused', e); sys.exit(0)
        s.settimeout(5)
        try:
            data = s.recv(100)
            print('closed' if not data else 'data %d' % len(data))
        except (ConnectionResetError, BrokenPipeError):
            print('closed')
        except socket.timeout:
            print('timeout')
        """;

    [Fact]
    public void Another_local_user_gets_no_service_on_a_managers_local_socket()
    {
        if (OtherUser.SkipReason is { } why)
        {
            output.WriteLine($"Not run: no second local user ({why}).");
            return;
        }

        var log = new ConcurrentQueue<string>();
        using var manager = ProcessManager.Start(new ManagerOptions { Log = log.Enqueue });
        var dictionary = manager.CreateDictionary<string, int>();
        dictionary["x"] = 1;
        Assert.StartsWith("unix:@", manager.Address);

        var (code, stdout, stderr) = OtherUser.Run("/usr/bin/python3", "-c", ProbeScript, manager.Address["unix:@".Length..]);
        output.WriteLine($"other user ({OtherUser.Uid}): exit {code}, {stdout.Trim()} {stderr.Trim()}");
        Assert.Equal(0, code);
        Assert.True(stdout.Trim() is "closed" || stdout.StartsWith("refused", StringComparison.Ordinal), $"The other user was served: {stdout.Trim()}");

        // The server still serves its own user, and says whom it turned away.
        dictionary["x"] = 2;
        Assert.Equal(2, dictionary["x"]);
        Assert.True(SpinWait.SpinUntil(() => log.Any(l => l.Contains($"uid {OtherUser.Uid}", StringComparison.Ordinal)), 5000), string.Join('\n', log));
    }

    [Fact]
    public void A_marshalled_proxy_handle_carries_no_authkey_and_children_of_the_tree_still_use_it()
    {
        using var manager = ProcessManager.Start();
        var dictionary = manager.CreateDictionary<string, int>();
        Assert.False(Contains(HandleBytes(dictionary), Multiprocess.Current.AuthKey), "The handle carries the process tree's authkey.");

        var custom = RandomNumberGenerator.GetBytes(32);
        using var keyed = ProcessManager.Start(new ManagerOptions { AuthKey = custom });
        var other = keyed.CreateDictionary<string, int>();
        other["n"] = 1;
        var bytes = HandleBytes(other);
        Assert.False(Contains(bytes, custom), "The handle carries the manager's own authkey in clear.");
        Assert.False(Contains(bytes, Multiprocess.Current.AuthKey), "The handle carries the process tree's authkey.");

        // A child of this tree unwraps the manager's key with the tree's key.
        using var child = ChildProcess.Create(ManagerSecurityWorkers.Increment, (other, "n"));
        child.Start();
        Assert.True(child.Join(ChildWait.Patience));
        Assert.Equal(2, child.Result);
    }

    [Fact]
    public void A_process_with_another_authkey_cannot_use_a_handle_and_is_told_why()
    {
        using var keyed = ProcessManager.Start(new ManagerOptions { AuthKey = RandomNumberGenerator.GetBytes(32) });
        var other = keyed.CreateDictionary<string, int>();
        other["n"] = 1;

        using var child = ChildProcess.Create(ManagerSecurityWorkers.Increment, (other, "n"));
        child.AuthKey = RandomNumberGenerator.GetBytes(32); // the root of another tree
        child.Start();
        Assert.True(child.Join(ChildWait.Patience));
        var error = Assert.ThrowsAny<ProcessException>(() => child.Result);
        output.WriteLine(error.Message);
        Assert.Contains("authkey", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, other["n"]);
    }

    [Fact]
    public void Connections_that_drip_their_handshake_are_closed_by_the_total_deadline_while_a_client_is_served()
    {
        var log = new ConcurrentQueue<string>();
        var options = new ManagerOptions { Log = log.Enqueue, HandshakeTimeout = TimeSpan.FromSeconds(2), MaxPendingHandshakes = 200 };
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, options);
        var dictionary = server.GetDictionary<string, int>("d");
        dictionary["x"] = 1;
        var endPoint = EndPointOf(server);

        var drips = new List<Socket>();
        try
        {
            for (int i = 0; i < 100; i++)
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(endPoint);
                socket.Send([65, 0, 0, 0]); // a well-formed header for a response that comes one byte at a time
                drips.Add(socket);
            }

            var clock = Stopwatch.StartNew();
            using (var client = ProcessManager.Connect(server.Address, Key))
            {
                client.GetDictionary<string, int>("d")["x"] = 2;
            }

            var closedAt = new TimeSpan?[drips.Count];
            while (clock.Elapsed < TimeSpan.FromSeconds(6) && closedAt.Any(c => c is null))
            {
                for (int i = 0; i < drips.Count; i++)
                {
                    if (closedAt[i] is null && IsClosed(drips[i], drip: true))
                    {
                        closedAt[i] = clock.Elapsed;
                    }
                }

                Thread.Sleep(250);
            }

            Assert.All(closedAt, c => Assert.True(c is not null && c < TimeSpan.FromSeconds(5), $"a dripping connection was still open after {clock.Elapsed}"));
            Assert.Equal(2, dictionary["x"]);
        }
        finally
        {
            drips.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void A_flood_of_connections_beyond_the_cap_is_closed_at_once_and_the_server_keeps_serving()
    {
        var log = new ConcurrentQueue<string>();
        var options = new ManagerOptions { Log = log.Enqueue, HandshakeTimeout = TimeSpan.FromSeconds(3), MaxPendingHandshakes = 8 };
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, options);
        var dictionary = server.GetDictionary<string, int>("d");
        dictionary["x"] = 1;
        var endPoint = EndPointOf(server);

        var flood = new List<Socket>();
        try
        {
            for (int i = 0; i < 60; i++)
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(endPoint);
                flood.Add(socket);
            }

            // Those beyond the cap are closed at once; the client that had logged in is served meanwhile.
            Thread.Sleep(1000);
            dictionary["x"] = 2;
            int closed = flood.Count(s => IsClosed(s, drip: false));
            Assert.True(closed >= 60 - 8, $"only {closed} of 60 connections were closed within a second (cap 8)");
            Assert.Contains(log, l => l.Contains("pending", StringComparison.Ordinal));

            // The rest are closed by the deadline, and then a new client gets in and finds the objects intact.
            Assert.True(SpinWait.SpinUntil(() => flood.All(s => IsClosed(s, drip: false)), 6000));
            using var client = ProcessManager.Connect(server.Address, Key);
            Assert.Equal(2, client.GetDictionary<string, int>("d")["x"]);
        }
        finally
        {
            flood.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_server_that_drips_its_challenge_cannot_hold_a_client_past_the_total_deadline()
    {
        using var fake = new Socket(SocketType.Stream, ProtocolType.Tcp);
        fake.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        fake.Listen(1);
        var drip = Task.Run(() =>
        {
            using var connection = fake.Accept();
            var challenge = new byte[4 + 1 + 4 + 32];
            challenge[0] = 37;
            challenge[4] = 1;
            "MPM1"u8.CopyTo(challenge.AsSpan(5));
            try
            {
                foreach (byte b in challenge)
                {
                    connection.Send([b]); // one byte every 100 ms: 4 s for the frame, each byte well within any per-read limit
                    Thread.Sleep(100);
                }
            }
            catch (SocketException)
            {
                // the client gave up
            }
        });

        Multiprocessing.Managers.Protocol.ManagerHandshake.TimeoutMilliseconds = 1000;
        var clock = Stopwatch.StartNew();
        try
        {
            Assert.Throws<ManagerConnectionException>(() => ProcessManager.Connect((IPEndPoint)fake.LocalEndPoint!, Key));
        }
        finally
        {
            Multiprocessing.Managers.Protocol.ManagerHandshake.TimeoutMilliseconds = 10_000;
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"the client waited {clock.Elapsed} for a dripping server (deadline 1 s)");
        Assert.True(await drip.CompletesWithinAsync(TimeSpan.FromSeconds(10)));
        await drip;
    }

    [Fact]
    public void A_serving_thread_that_cannot_start_costs_its_connection_only()
    {
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, new ManagerOptions { Log = log.Enqueue });
        var dictionary = server.GetDictionary<string, int>("d");
        dictionary["x"] = 1;

        Multiprocessing.Managers.Server.ServerConnection.StartFault = static () => throw new OutOfMemoryException("Out of memory.");
        try
        {
            using var refused = ProcessManager.Connect(server.Address, Key); // the handshake passes; the thread to serve it does not start
            Assert.Throws<ManagerConnectionException>(() => refused.GetDictionary<string, int>("d")["x"]);
        }
        finally
        {
            Multiprocessing.Managers.Server.ServerConnection.StartFault = null;
        }

        Assert.True(SpinWait.SpinUntil(() => log.Any(l => l.Contains("no thread could start", StringComparison.Ordinal)), 5000), string.Join('\n', log));
        dictionary["x"] = 2;
        using var client = ProcessManager.Connect(server.Address, Key);
        Assert.Equal(2, client.GetDictionary<string, int>("d")["x"]);
    }

    [Fact]
    public void Without_room_in_shared_memory_manager_calls_travel_on_the_socket()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"mp-small-shm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            try
            {
                Exec("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", directory);
            }
            catch (InvalidOperationException ex)
            {
                output.WriteLine($"Not run against a small filesystem: this process may not mount one ({ex.Message.Trim()}).");
                return;
            }

            try
            {
                using var child = ChildProcess.Create(ManagerSecurityWorkers.UseManagerWithoutRoomForMailboxes, directory);
                child.Start();
                Assert.True(child.Join(ChildWait.Patience));
                Assert.Equal("sum 4950, count 100, big 200000", child.Result);
            }
            finally
            {
                Exec("umount", directory);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] HandleBytes<TKey, TValue>(ManagedDictionary<TKey, TValue> proxy) where TKey : notnull
    {
        var writer = new MarshalWriter(256);
        Marshaller<ManagedDictionary<TKey, TValue>>.Default.Write(writer, proxy);
        return writer.WrittenSpan.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static IPEndPoint EndPointOf(ProcessManager server) =>
        new(IPAddress.Loopback, int.Parse(server.Address[(server.Address.LastIndexOf(':') + 1)..]));

    /// <summary>Whether the server closed <paramref name="socket"/> (what it sent before is read and dropped); with <paramref name="drip"/>, sends one more byte first.</summary>
    private static bool IsClosed(Socket socket, bool drip)
    {
        try
        {
            if (drip)
            {
                socket.Send([0]);
            }

            var buffer = new byte[256];
            while (socket.Poll(0, SelectMode.SelectRead))
            {
                if (socket.Receive(buffer) == 0)
                {
                    return true;
                }
            }

            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static void Exec(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = System.Diagnostics.Process.Start(start)!;
        _ = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {error}");
        }
    }
}
