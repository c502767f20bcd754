using System.Security.Cryptography;

namespace Multiprocessing.Spawn;

/// <summary>
/// A child's one-time spawn credential, the only secret in its environment: a 16-byte id that names the child to its
/// parent, and a 32-byte key that parent and child each prove they hold (HMAC, see <see cref="Handshake"/>) without
/// sending it. The parent forgets the id at the first Hello that names it, so the token is worthless once the child
/// has connected, although <c>/proc/&lt;pid&gt;/environ</c> keeps it for the child's life.
/// </summary>
internal sealed class SpawnToken
{
    internal const int IdSize = 16;
    internal const int KeySize = 32;

    private SpawnToken(byte[] id, byte[] key)
    {
        Id = id;
        Key = key;
    }

    /// <summary>Names the child in its Hello; not enough to authenticate.</summary>
    internal byte[] Id { get; }

    /// <summary>The HMAC key of the handshake; never sent.</summary>
    internal byte[] Key { get; }

    internal static SpawnToken Create() => new(RandomNumberGenerator.GetBytes(IdSize), RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>Reads the token from the hex of its environment variable <paramref name="variable"/>.</summary>
    internal static SpawnToken Parse(string hex, string variable)
    {
        var bytes = SpawnEnvironment.FromHex(hex, variable);
        if (bytes.Length != IdSize + KeySize)
        {
            throw new ProcessException(
                $"The spawn environment variable {variable} holds {bytes.Length} bytes instead of {IdSize + KeySize}: parent and " +
                "child run different versions of Multiprocessing. Run both from the same build.");
        }

        return new SpawnToken(bytes.AsSpan(0, IdSize).ToArray(), bytes.AsSpan(IdSize).ToArray());
    }

    /// <summary>The environment variable's value: id and key in hex.</summary>
    internal string ToHex() => Convert.ToHexString(Id) + Convert.ToHexString(Key);
}
