using System.Net.Sockets;
using System.Security.Cryptography;
using Multiprocessing.Spawn;

namespace Multiprocessing.Tests.Spawn;

public sealed class HandshakeTests
{
    [Fact]
    public void Managed_HMAC_SHA256_agrees_with_the_platform_on_every_padding_boundary()
    {
        var random = new Random(42);
        foreach (int messageLength in new[] { 0, 1, 31, 32, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000 })
        {
            foreach (int keyLength in new[] { 1, 32, 64, 65, 200 })
            {
                var key = new byte[keyLength];
                var message = new byte[messageLength];
                random.NextBytes(key);
                random.NextBytes(message);
                Assert.Equal(HMACSHA256.HashData(key, message), ManagedHmacSha256.HashData(key, message));
            }
        }
    }

    [Fact]
    public void Managed_SHA256_matches_the_FIPS_test_vector()
    {
        var digest = new byte[32];
        ManagedHmacSha256.Sha256("abc"u8, [], digest);
        Assert.Equal("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Convert.ToHexString(digest));
    }

    [Fact]
    public async Task Matching_authkeys_pass_and_a_wrong_key_is_refused_on_both_sides()
    {
        await Run(serverKey: [1, 2, 3], clientKey: [1, 2, 3]);

        var (server, client) = await Assert.ThrowsAsync<AggregateExceptionPair>(() => Run(serverKey: [1, 2, 3], clientKey: [9, 9, 9]));
        Assert.IsType<ProcessAuthenticationException>(server);
        Assert.IsType<ProcessAuthenticationException>(client);
        Assert.Contains("authkey", server!.Message);
    }

    private static async Task Run(byte[] serverKey, byte[] clientKey)
    {
        var (a, b) = SocketPair();
        using var serverSide = new ControlConnection(new SocketTransport(a));
        using var clientSide = new ControlConnection(new SocketTransport(b));
        var clientTask = Task.Run(() => Handshake.Client(clientSide, clientKey));
        Exception? serverError = null, clientError = null;
        try
        {
            await Handshake.ServerAsync(serverSide, serverKey, CancellationToken.None);
        }
        catch (ProcessException ex)
        {
            serverError = ex;
        }

        try
        {
            await clientTask;
        }
        catch (ProcessException ex)
        {
            clientError = ex;
        }

        if (serverError is not null || clientError is not null)
        {
            throw new AggregateExceptionPair(serverError, clientError);
        }
    }

    private static (Socket, Socket) SocketPair()
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

    private sealed class AggregateExceptionPair(Exception? server, Exception? client) : Exception("handshake failed")
    {
        public void Deconstruct(out Exception? serverError, out Exception? clientError) => (serverError, clientError) = (server, client);
    }
}
