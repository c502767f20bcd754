using System.Security.Cryptography;

namespace Multiprocessing.Spawn;

/// <summary>
/// Authentication of a connecting child with the authkey, as Python's <c>multiprocessing.connection</c> does: the
/// parent sends 32 random bytes and the child must answer with HMAC-SHA256(authkey, challenge).
/// </summary>
/// <remarks>
/// <para>Only the parent challenges. The child connects to a socket in a 0700 directory whose path its own parent put
/// in its environment, so it already knows whom it talks to; the parent cannot know who connects to its socket, so
/// it checks. Skipping the reverse challenge keeps OpenSSL and a random-number generator off the child's start path.</para>
/// <para>The exchange is pipelined to cost one round trip: the parent sends its challenge as soon as it accepts, the
/// child sends its Hello as soon as it connects, and the parent sends Welcome and Start back to back.</para>
/// </remarks>
internal static class Handshake
{
    internal const int ChallengeSize = 32;

    internal static byte[] CreateChallenge() => RandomNumberGenerator.GetBytes(ChallengeSize);

    /// <summary>The parent's check of the child's answer (platform HMAC, constant-time comparison).</summary>
    internal static bool Verify(byte[] authkey, byte[] challenge, byte[] response) =>
        CryptographicOperations.FixedTimeEquals(response, HMACSHA256.HashData(authkey, challenge));

    /// <summary>The child's side: answer the parent's challenge and wait to be welcomed.</summary>
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
