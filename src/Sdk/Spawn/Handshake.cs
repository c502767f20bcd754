using System.Security.Cryptography;

namespace Multiprocessing.Spawn;

/// <summary>
/// Authentication of a connecting child with the authkey, as Python's <c>multiprocessing.connection</c> does: the
/// parent sends 32 random bytes and the child must answer with HMAC-SHA256(authkey, challenge).
/// </summary>
/// <remarks>
/// Only the parent challenges. The child connects to a socket in a 0700 directory whose path its own parent put in
/// its environment, so it already knows whom it talks to; the parent cannot know who connects to its socket, so it
/// checks. Skipping the reverse challenge keeps OpenSSL and a random-number generator off the child's start path.
/// </remarks>
internal static class Handshake
{
    internal const int ChallengeSize = 32;

    /// <summary>The parent's side: challenge the child and check its answer.</summary>
    internal static async ValueTask ServerAsync(ControlConnection connection, byte[] authkey, CancellationToken cancellationToken)
    {
        var challenge = RandomNumberGenerator.GetBytes(ChallengeSize);
        await connection.SendAsync(FrameType.Challenge, challenge, cancellationToken).ConfigureAwait(false);
        var response = await connection.ExpectAsync(FrameType.Response, cancellationToken).ConfigureAwait(false);
        if (!CryptographicOperations.FixedTimeEquals(response, HMACSHA256.HashData(authkey, challenge)))
        {
            await connection.SendAsync(FrameType.Failure, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            throw new ProcessAuthenticationException("A child failed the authkey challenge: its authkey differs from the one its process was started with.");
        }

        await connection.SendAsync(FrameType.Welcome, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The child's side: answer the parent's challenge.</summary>
    internal static void Client(ControlConnection connection, byte[] authkey)
    {
        var challenge = connection.Expect(FrameType.Challenge);
        if (challenge.Length != ChallengeSize)
        {
            throw new ProcessException($"Corrupt handshake: a challenge of {challenge.Length} bytes instead of {ChallengeSize}.");
        }

        connection.Send(FrameType.Response, ManagedHmacSha256.HashData(authkey, challenge));
        connection.Expect(FrameType.Welcome);
    }
}
