using System.Security.Cryptography;

namespace Multiprocessing.Spawn;

/// <summary>
/// Mutual authentication of a spawned child and its parent with the child's one-time <see cref="SpawnToken"/>: the
/// child names itself with the token's id (Hello), the parent sends 32 random bytes (Challenge), the child answers
/// HMAC-SHA256(key, "child" label + challenge) (Response), and the parent answers with HMAC-SHA256(key, "parent"
/// label + challenge) (Welcome). Neither side sends the key; the labels keep one side's proof from serving as the
/// other's. Only then does the parent send Start, which carries the process tree's authkey.
/// </summary>
/// <remarks>
/// <para>The token, not the long-lived authkey, authenticates the spawn, so the authkey never has to be in the child's
/// environment (which <c>/proc/&lt;pid&gt;/environ</c> shows for the child's whole life). The token is consumed by
/// the first Hello that names it: a copy read later is worthless. The parent proves itself over its own challenge
/// rather than a nonce of the child's: that keeps a random-number generator (OpenSSL) off the child's start path, and
/// it is sound because the key is fresh and serves this one exchange, so there is no earlier proof to replay.</para>
/// <para>The exchange is pipelined to cost one round trip: the parent sends its challenge as soon as it accepts, the
/// child sends its Hello as soon as it connects, and the parent sends Welcome and Start back to back.</para>
/// </remarks>
internal static class Handshake
{
    internal const int ChallengeSize = 32;

    private static ReadOnlySpan<byte> ChildLabel => "multiprocessing spawn: child\0"u8;

    private static ReadOnlySpan<byte> ParentLabel => "multiprocessing spawn: parent\0"u8;

    internal static byte[] CreateChallenge() => RandomNumberGenerator.GetBytes(ChallengeSize);

    /// <summary>The parent's check of the child's Response (platform HMAC, constant-time comparison).</summary>
    internal static bool VerifyChild(byte[] key, byte[] challenge, byte[] response) =>
        CryptographicOperations.FixedTimeEquals(response, HMACSHA256.HashData(key, Labelled(ChildLabel, challenge)));

    /// <summary>The parent's proof that it holds the key too: the Welcome frame's payload.</summary>
    internal static byte[] ParentProof(byte[] key, byte[] challenge) => HMACSHA256.HashData(key, Labelled(ParentLabel, challenge));

    /// <summary>
    /// The child's side after its Hello: answer the parent's challenge, then check the parent's proof in its Welcome.
    /// Managed HMAC only (no OpenSSL on the child's start path).
    /// </summary>
    internal static void Client(ControlConnection connection, byte[] key)
    {
        var challenge = connection.Expect(FrameType.Challenge);
        if (challenge.Length != ChallengeSize)
        {
            throw new ProcessException($"Corrupt handshake: a challenge of {challenge.Length} bytes instead of {ChallengeSize}.");
        }

        connection.Send(FrameType.Response, ManagedHmacSha256.HashData(key, Labelled(ChildLabel, challenge)));
        var proof = connection.Expect(FrameType.Welcome);
        if (!FixedTimeEquals(proof, ManagedHmacSha256.HashData(key, Labelled(ParentLabel, challenge))))
        {
            throw new ProcessAuthenticationException(
                "The process behind the control socket did not prove that it is this child's parent (its Welcome does not " +
                "match the spawn token), so the child stopped before receiving anything. Parent and child must run the " +
                "same build of Multiprocessing; otherwise something else answered on the parent's control socket.");
        }
    }

    private static byte[] Labelled(ReadOnlySpan<byte> label, ReadOnlySpan<byte> challenge)
    {
        var message = new byte[label.Length + challenge.Length];
        label.CopyTo(message);
        challenge.CopyTo(message.AsSpan(label.Length));
        return message;
    }

    /// <summary>Compares without an early exit (CryptographicOperations would load System.Security.Cryptography in the child).</summary>
    private static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        int difference = 0;
        for (int i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
}
