using System.Security.Cryptography;
using System.Text;

namespace Multiprocessing.Orleans;

/// <summary>
/// The authkey of a cluster pool: a client proves it knows the shared secret with an HMAC-SHA256 of each request, and a
/// silo runs a request only when the proof matches (compared in constant time). The secret itself never travels.
/// </summary>
internal static class ClusterSecret
{
    internal static byte[] Prove(byte[]? secret, string targetId, bool batch, ReadOnlySpan<byte> payload)
    {
        if (secret is null || secret.Length == 0)
        {
            return [];
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(Encoding.UTF8.GetBytes(targetId));
        hmac.AppendData([batch ? (byte)1 : (byte)0]);
        hmac.AppendData(payload);
        return hmac.GetHashAndReset();
    }

    internal static bool Verify(byte[]? secret, ClusterTaskRequest request)
    {
        if (secret is null || secret.Length == 0)
        {
            return true;
        }

        byte[] expected = Prove(secret, request.TargetId, request.Batch, request.Payload);
        return request.Proof is { Length: > 0 } proof && CryptographicOperations.FixedTimeEquals(expected, proof);
    }
}
