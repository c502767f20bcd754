using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Multiprocessing.Orleans.Tests.Infrastructure;
using Orleans.Connections.Security;

namespace Multiprocessing.Orleans.Tests;

/// <summary>
/// docs/cluster.md's TLS set-up, run: a silo and clients over TLS (Microsoft.Orleans.Connections.Security) with
/// self-signed certificates made here; each side requires the other's certificate, so a client without the right one
/// cannot connect (the client-certificate equivalent of the remote managers' authkey).
/// </summary>
public sealed class TlsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    /// <summary>How long a client without the right certificate is given to connect (it keeps retrying, or fails the handshake).</summary>
    private static readonly TimeSpan Refused = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_client_with_the_trusted_certificate_runs_work_and_one_without_cannot_connect()
    {
        using var siloCertificate = SelfSigned("CN=pool-silo");
        using var clientCertificate = SelfSigned("CN=pool-client");
        using var strangerCertificate = SelfSigned("CN=stranger");
        int siloPort = FreePort(), gatewayPort = FreePort();
        string[] trustedBySilo = [siloCertificate.Thumbprint, clientCertificate.Thumbprint];

        using var silo = Host.CreateDefaultBuilder()
            .UseOrleans(b => b
                .UseLocalhostClustering(siloPort, gatewayPort)
                .UseTls(siloCertificate, tls =>
                {
                    tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate; // clients must present a certificate
                    tls.RemoteCertificateValidation = (certificate, _, _) => trustedBySilo.Contains(certificate.Thumbprint);
                })
                .AddProcessPoolWorker(pool => pool.Processes = 1))
            .Build();
        await silo.StartAsync();
        var pids = silo.Services.GetRequiredService<ProcessPool>().WorkerPids.ToList();
        try
        {
            using (var client = Client(gatewayPort, clientCertificate, siloCertificate.Thumbprint))
            {
                await client.StartAsync().WaitAsync(Patience);
                var pool = client.Services.GetRequiredService<IProcessPool>();
                Assert.Equal(49, await pool.ApplyAsync(Work.Square, 7).WaitAsync(Patience));
                int[] squares = await pool.MapAsync(Work.Square, new[] { 0, 1, 2, 3 }).WaitAsync(Patience);
                Assert.Equal(new[] { 0, 1, 4, 9 }, squares);
                await client.StopAsync();
            }

            using (var stranger = Client(gatewayPort, strangerCertificate, siloCertificate.Thumbprint))
            {
                await Assert.ThrowsAnyAsync<Exception>(() => stranger.StartAsync().WaitAsync(Refused));
            }

            using (var plain = Client(gatewayPort, certificate: null, siloThumbprint: null))
            {
                await Assert.ThrowsAnyAsync<Exception>(() => plain.StartAsync().WaitAsync(Refused));
            }
        }
        finally
        {
            await silo.StopAsync();
        }

        Processes.AssertNoneAlive(pids);
    }

    /// <summary>A cluster client with the pool; over TLS with <paramref name="certificate"/> when given, else in plain TCP.</summary>
    private static IHost Client(int gatewayPort, X509Certificate2? certificate, string? siloThumbprint) =>
        Host.CreateDefaultBuilder()
            .UseOrleansClient(b =>
            {
                b.UseLocalhostClustering(gatewayPort);
                if (certificate is not null)
                {
                    b.UseTls(certificate, tls =>
                    {
                        tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                        tls.RemoteCertificateValidation = (remote, _, _) => remote.Thumbprint == siloThumbprint;
                    });
                }
            })
            .ConfigureServices(s => s.AddClusterPool())
            .Build();

    /// <summary>A self-signed certificate for both TLS roles (server and client authentication), with its private key.</summary>
    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
