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
    public async Task Matching_token_keys_pass_on_both_sides()
    {
        var key = RandomNumberGenerator.GetBytes(SpawnToken.KeySize);
        var (verified, clientError) = await Run(parentKey: key, childKey: (byte[])key.Clone());
        Assert.True(verified);
        Assert.Null(clientError);
    }

    [Fact]
    public async Task A_wrong_token_key_is_refused_on_both_sides()
    {
        var (verified, clientError) = await Run(parentKey: [1, 2, 3], childKey: [9, 9, 9]);
        Assert.False(verified);
        var error = Assert.IsType<ProcessAuthenticationException>(clientError);
        Assert.Contains("same build", error.Message);
    }

    [Fact]
    public async Task A_parent_that_cannot_prove_the_key_is_refused_by_the_child()
    {
        // An impostor that welcomes whatever answer comes, but does not hold the key: the child stops before Start.
        var (_, clientError) = await Run(parentKey: [7, 7, 7], childKey: [9, 9, 9], welcomeAnyway: true);
        var error = Assert.IsType<ProcessAuthenticationException>(clientError);
        Assert.Contains("did not prove", error.Message);
    }

    [Fact]
    public async Task An_empty_welcome_is_refused_by_the_child()
    {
        var (_, clientError) = await Run(parentKey: [1, 2, 3], childKey: [1, 2, 3], emptyWelcome: true);
        Assert.IsType<ProcessAuthenticationException>(clientError);
    }

    [Fact]
    public void The_child_and_parent_proofs_differ_so_one_cannot_stand_in_for_the_other()
    {
        var key = RandomNumberGenerator.GetBytes(SpawnToken.KeySize);
        var challenge = Handshake.CreateChallenge();
        Assert.False(Handshake.VerifyChild(key, challenge, Handshake.ParentProof(key, challenge)));
    }

    /// <summary>Plays the parent's side as ControlServer does, against the real child-side handshake.</summary>
    private static async Task<(bool Verified, Exception? ClientError)> Run(byte[] parentKey, byte[] childKey, bool welcomeAnyway = false, bool emptyWelcome = false)
    {
        var (a, b) = SocketPair();
        using var parent = new ControlConnection(new SocketTransport(a));
        using var child = new ControlConnection(new SocketTransport(b));
        var childTask = Task.Run(() => Handshake.Client(child, childKey));

        var challenge = Handshake.CreateChallenge();
        await parent.SendAsync(FrameType.Challenge, challenge);
        var response = await parent.ExpectAsync(FrameType.Response);
        bool verified = Handshake.VerifyChild(parentKey, challenge, response);
        if (verified || welcomeAnyway)
        {
            await parent.SendAsync(FrameType.Welcome, emptyWelcome ? ReadOnlyMemory<byte>.Empty : Handshake.ParentProof(parentKey, challenge));
        }
        else
        {
            await parent.SendAsync(FrameType.Failure, ReadOnlyMemory<byte>.Empty);
        }

        Exception? clientError = null;
        try
        {
            await childTask;
        }
        catch (ProcessException ex)
        {
            clientError = ex;
        }

        return (verified, clientError);
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
}
