using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>Remote managers inside TLS: a self-signed certificate made here, on 127.0.0.1.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ManagerTlsTests
{
    private static readonly byte[] Key = "manager-tls-test-key"u8.ToArray();

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
