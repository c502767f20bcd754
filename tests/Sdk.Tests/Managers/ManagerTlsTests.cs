using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>Remote managers inside TLS: a self-signed certificate made here, on 127.0.0.1.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ManagerTlsTests
{
    private static readonly byte[] Key = "manager-tls-test-key"u8.ToArray();

    [Fact]
    public void An_app_built_without_tls_says_how_to_get_it_instead_of_failing_obscurely()
    {
        // The switch the package's build file sets off for NativeAOT apps; a child reads it before its first manager call.
        using var child = ChildProcess.Create(ManagerSecurityWorkers.UseTlsWithTlsSwitchedOff);
        child.Start();
        Assert.True(child.Join(ChildWait.Patience));
        Assert.Equal(
            "listen: NotSupportedException MultiprocessingManagerTls; connect: NotSupportedException MultiprocessingManagerTls; " +
            "address: NotSupportedException MultiprocessingManagerTls; plain: served",
            child.Result);
    }

    [Fact]
    public void A_tls_client_is_served_and_the_authkey_challenge_runs_inside()
    {
        using var certificate = SelfSigned("CN=127.0.0.1");
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key,
            new ManagerOptions { Log = log.Enqueue, ServerTls = new SslServerAuthenticationOptions { ServerCertificate = certificate } });
        Assert.StartsWith("tls:127.0.0.1:", server.Address);
        var dictionary = server.GetDictionary<string, int>("d");
        dictionary["x"] = 1;

        using var client = ProcessManager.Connect(EndPointOf(server), Key, Pinned(certificate));
        Assert.StartsWith("tls:127.0.0.1:", client.Address);
        var remote = client.GetDictionary<string, int>("d");
        Assert.Equal(1, remote["x"]);
        remote["x"] = 2;
        var big = client.CreateList<byte[]>();
        big.Add(RandomNumberGenerator.GetBytes(300_000)); // many TLS records each way
        Assert.Equal(300_000, big[0].Length);
        Assert.Equal(2, dictionary["x"]);

        // The authkey is still checked, inside TLS.
        Assert.Throws<ProcessAuthenticationException>(() => ProcessManager.Connect(EndPointOf(server), "wrong"u8.ToArray(), Pinned(certificate)));
        Assert.True(SpinWait.SpinUntil(() => log.Any(l => l.Contains("wrong authkey", StringComparison.Ordinal)), 5000));
    }

    [Fact]
    public void A_plain_client_to_a_tls_server_is_refused_and_the_server_keeps_serving()
    {
        using var certificate = SelfSigned("CN=127.0.0.1");
        var log = new ConcurrentQueue<string>();
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key,
            new ManagerOptions { Log = log.Enqueue, ServerTls = new SslServerAuthenticationOptions { ServerCertificate = certificate }, HandshakeTimeout = TimeSpan.FromSeconds(2) });
        server.GetDictionary<string, int>("d")["x"] = 1;

        var error = Assert.Throws<ManagerConnectionException>(() => ProcessManager.Connect(EndPointOf(server), Key));
        Assert.Contains("TLS", error.Message);
        Assert.True(SpinWait.SpinUntil(() => log.Any(l => l.Contains("refused a connection", StringComparison.Ordinal)), 5000));

        using var client = ProcessManager.Connect(EndPointOf(server), Key, Pinned(certificate));
        Assert.Equal(1, client.GetDictionary<string, int>("d")["x"]);
    }

    [Fact]
    public void A_wrong_certificate_is_rejected_by_the_client()
    {
        using var certificate = SelfSigned("CN=127.0.0.1");
        using var other = SelfSigned("CN=127.0.0.1");
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key,
            new ManagerOptions { Log = _ => { }, ServerTls = new SslServerAuthenticationOptions { ServerCertificate = certificate } });
        server.GetDictionary<string, int>("d")["x"] = 1;

        // Pinned to another certificate, and the system's validation (no authority signed this one): both refuse it.
        var pinned = Assert.Throws<ManagerConnectionException>(() => ProcessManager.Connect(EndPointOf(server), Key, Pinned(other)));
        Assert.Contains("TLS handshake", pinned.Message);
        var system = Assert.Throws<ManagerConnectionException>(() => ProcessManager.Connect(EndPointOf(server), Key, new SslClientAuthenticationOptions { TargetHost = "127.0.0.1" }));
        Assert.Contains("certificate", system.Message);

        using var client = ProcessManager.Connect(EndPointOf(server), Key, Pinned(certificate));
        Assert.Equal(1, client.GetDictionary<string, int>("d")["x"]);
    }

    [Fact]
    public void What_crosses_the_network_is_not_in_clear()
    {
        using var certificate = SelfSigned("CN=127.0.0.1");
        const string Secret = "a-value-no-one-on-the-wire-may-read";

        // Control: through a plain manager, the relay sees the protocol and the value.
        using (var plain = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key))
        {
            var seen = Relay(EndPointOf(plain), relay => ProcessManager.Connect(relay, Key), Secret);
            Assert.True(Contains(seen, "MPM1"u8), "the relay did not see the plain handshake");
            Assert.True(Contains(seen, Encoding.Unicode.GetBytes(Secret)) || Contains(seen, Encoding.UTF8.GetBytes(Secret)), "the relay did not see the plain value");
        }

        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key,
            new ManagerOptions { Log = _ => { }, ServerTls = new SslServerAuthenticationOptions { ServerCertificate = certificate } });
        var bytes = Relay(EndPointOf(server), relay => ProcessManager.Connect(relay, Key, Pinned(certificate)), Secret);
        Assert.True(bytes.Length > 1000, $"the relay saw only {bytes.Length} bytes");
        Assert.False(Contains(bytes, "MPM1"u8), "the manager's handshake crossed in clear");
        Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(Secret)) || Contains(bytes, Encoding.UTF8.GetBytes(Secret)), "a stored value crossed in clear");
        Assert.Equal(Secret, server.GetDictionary<string, string>("d")["k"]);
    }

    /// <summary>Connects through a recording relay to <paramref name="target"/>, stores <paramref name="secret"/> and returns every byte that crossed.</summary>
    private static byte[] Relay(IPEndPoint target, Func<IPEndPoint, ProcessManager> connect, string secret)
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var recorded = new MemoryStream();
        var pumps = Task.Run(() =>
        {
            using var inbound = listener.Accept();
            using var outbound = new Socket(SocketType.Stream, ProtocolType.Tcp);
            outbound.Connect(target);
            void Pump(Socket from, Socket to)
            {
                var buffer = new byte[16 * 1024];
                try
                {
                    int n;
                    while ((n = from.Receive(buffer)) > 0)
                    {
                        lock (recorded)
                        {
                            recorded.Write(buffer, 0, n);
                        }

                        to.Send(buffer.AsSpan(0, n));
                    }

                    to.Shutdown(SocketShutdown.Send);
                }
                catch (SocketException)
                {
                }
            }

            Task.WaitAll(Task.Run(() => Pump(inbound, outbound)), Task.Run(() => Pump(outbound, inbound)));
        });

        using (var client = connect((IPEndPoint)listener.LocalEndPoint!))
        {
            client.GetDictionary<string, string>("d")["k"] = secret;
            Assert.Equal(secret, client.GetDictionary<string, string>("d")["k"]);
        }

        Assert.True(pumps.Wait(TimeSpan.FromSeconds(20)), "the relay did not finish");
        lock (recorded)
        {
            return recorded.ToArray();
        }
    }

    private static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static IPEndPoint EndPointOf(ProcessManager server) =>
        new(IPAddress.Loopback, int.Parse(server.Address[(server.Address.LastIndexOf(':') + 1)..]));

    private static SslClientAuthenticationOptions Pinned(X509Certificate2 expected) => new()
    {
        TargetHost = "127.0.0.1",
        RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == expected.GetCertHashString(),
    };

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }
}
