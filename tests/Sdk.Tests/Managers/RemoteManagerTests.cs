using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>Managers served over TCP: independent clients, authentication, and hostile input on the port.</summary>
[Collection(ProcessCollection.Name)]
public sealed class RemoteManagerTests
{
    private static readonly byte[] Key = "remote-manager-test-key"u8.ToArray();
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Independent_clients_connect_by_address_and_key_and_share_named_objects()
    {
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, new ManagerOptions { Log = log.Enqueue });
        Assert.StartsWith("tcp:127.0.0.1:", server.Address);
        var jobs = server.GetQueue<int>("jobs");
        for (int i = 1; i <= 100; i++)
        {
            jobs.Put(i);
        }

        using var a = ChildProcess.Create(ManagerWorkers.RemoteSquares, (server.Address, Key));
        using var b = ChildProcess.Create(ManagerWorkers.RemoteSquares, (server.Address, Key));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(100, a.Result + b.Result);
        var results = server.GetDictionary<int, long>("results");
        Assert.Equal(100, results.Count);
        Assert.All(Enumerable.Range(1, 100), i => Assert.Equal((long)i * i, results[i]));
        Assert.Empty(log);
    }

    [Fact]
    public void A_server_process_can_listen_on_tcp_for_other_programs()
    {
        using var manager = ProcessManager.Start(new ManagerOptions { Address = new IPEndPoint(IPAddress.Loopback, 0), AuthKey = Key });
        Assert.StartsWith("tcp:127.0.0.1:", manager.Address);
        var port = int.Parse(manager.Address[(manager.Address.LastIndexOf(':') + 1)..]);
        using var client = ProcessManager.Connect(new IPEndPoint(IPAddress.Loopback, port), Key);
        client.GetValue("shared", 0).Value = 5;
        Assert.Equal(5, manager.GetValue("shared", 0).Value);
        Assert.Null(client.ServerProcessId);
    }

    [Fact]
    public void Disposing_one_connected_manager_leaves_the_others_working()
    {
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key);
        var counts = server.GetDictionary<string, int>("counts");
        using (var first = ProcessManager.Connect(server.Address, Key))
        {
            first.GetDictionary<string, int>("counts")["a"] = 1;
        }

        using var second = ProcessManager.Connect(server.Address, Key);
        second.GetDictionary<string, int>("counts")["b"] = 2;
        Assert.Equal(2, counts.Count);
        Assert.Equal(1, counts["a"]);
    }

    [Fact]
    public void A_wrong_authkey_is_refused_with_a_clear_error_and_a_log_line()
    {
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, new ManagerOptions { Log = log.Enqueue });
        var error = Assert.Throws<ProcessAuthenticationException>(() => ProcessManager.Connect(server.Address, "wrong key"u8.ToArray()));
        Assert.Contains("refused", error.Message);
        Assert.Contains("authkey", error.Message);
        ChildWait.Until(() => !log.IsEmpty);
        Assert.Contains(log, line => line.Contains("wrong authkey") && line.Contains("refused a connection from 127.0.0.1"));

        // The server still serves the right key.
        using var client = ProcessManager.Connect(server.Address, Key);
        client.CreateList<int>().Add(1);
    }

    [Fact]
    public void A_wrong_authkey_is_refused_by_a_server_process_and_its_log_line_reaches_the_parent()
    {
        var log = new ConcurrentQueue<string>();
        using var manager = ProcessManager.Start(new ManagerOptions { Log = log.Enqueue });
        Assert.Throws<ProcessAuthenticationException>(() => ProcessManager.Connect(manager.Address, "not the key"u8.ToArray()));
        ChildWait.Until(() => log.Any(line => line.Contains("wrong authkey") && line.Contains($"pid {manager.ServerProcessId}")));
    }

    [Fact]
    public void Connecting_where_no_manager_listens_fails_clearly()
    {
        using var probe = new Socket(SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)probe.LocalEndPoint!).Port; // bound, not listening: connections are refused
        var error = Assert.Throws<ManagerConnectionException>(() => ProcessManager.Connect(new IPEndPoint(IPAddress.Loopback, port), Key));
        Assert.Contains("Cannot connect to the manager", error.Message);
        Assert.Throws<ArgumentException>(() => ProcessManager.Connect("tcp:nowhere", Key));
        Assert.Throws<ArgumentException>(() => ProcessManager.Connect("127.0.0.1:1", []));
    }

    [Fact]
    public void Garbage_sent_to_the_port_never_crashes_the_server()
    {
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, new ManagerOptions { Log = log.Enqueue });
        var endPoint = new IPEndPoint(IPAddress.Loopback, int.Parse(server.Address[(server.Address.LastIndexOf(':') + 1)..]));
        var random = new Random(42);
        var payloads = new List<byte[]>
        {
            "GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), // a stray HTTP client
            new byte[] { 0xff, 0xff, 0xff, 0x7f, 1, 2, 3 },  // a 2 GiB length header
            new byte[] { 0, 0, 0xa0, 0, 1 },                 // 10 MiB, under the request limit but not a handshake
            new byte[] { 5, 0, 0, 0, 2, 1 },                 // a short frame that is not an answer
            Array.Empty<byte>(),                             // connect and close at once
        };
        for (int i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            payloads.Add(bytes);
        }

        foreach (var payload in payloads)
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(endPoint);
            socket.ReceiveTimeout = 15_000;
            try
            {
                socket.Send(payload);
                socket.Shutdown(SocketShutdown.Send);
                var sink = new byte[4096];
                while (socket.Receive(sink) > 0)
                {
                    // the server's challenge, maybe a failure frame, then it closes
                }
            }
            catch (SocketException)
            {
                // a reset is a fine answer to garbage
            }
        }

        // Still serving, and it said why it dropped those connections.
        using var client = ProcessManager.Connect(server.Address, Key);
        var list = client.CreateList<string>();
        list.Add("alive");
        Assert.Equal("alive", list[0]);
        ChildWait.Until(() => log.Count >= payloads.Count);
        Assert.All(log, line => Assert.Contains("refused a connection", line));
    }

    [Fact]
    public void Malformed_and_oversized_requests_from_an_authenticated_client_get_errors_not_a_crash()
    {
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key, new ManagerOptions { Log = log.Enqueue, MaxMessageSize = 64 * 1024 });
        var dictionary = server.CreateDictionary<string, byte[]>();

        // Too big for the server's limit: refused by the client before it is sent, with the limit in the message.
        var error = Assert.Throws<ProcessException>(() => dictionary["big"] = new byte[100_000]);
        Assert.Contains("65536-byte limit", error.Message);

        // Requests no proxy would send: unknown operations, wrong object ids, truncated arguments.
        var client = Multiprocessing.Managers.Client.ManagerClient.For(server.Address, Key);
        var connection = client.Connection;
        foreach (var (op, id, extra) in new (byte Op, long Id, byte[] Extra)[]
        {
            (250, dictionary.ObjectId, []),
            ((byte)Multiprocessing.Managers.Protocol.ManagerOp.DictGet, 999_999, [1, 2]),
            ((byte)Multiprocessing.Managers.Protocol.ManagerOp.DictSet, dictionary.ObjectId, [0xff, 0xff, 0xff, 0x0f]),
            ((byte)Multiprocessing.Managers.Protocol.ManagerOp.ListGet, dictionary.ObjectId, [1, 0, 0, 0]),
            ((byte)Multiprocessing.Managers.Protocol.ManagerOp.Create, 0, [77]),
        })
        {
            var writer = connection.Begin((Multiprocessing.Managers.Protocol.ManagerOp)op, id);
            writer.WriteRaw(extra);
            Assert.Throws<ProcessException>(() => connection.Call());
        }

        dictionary["small"] = [1, 2, 3];
        Assert.Equal([1, 2, 3], dictionary["small"]);
    }
}
