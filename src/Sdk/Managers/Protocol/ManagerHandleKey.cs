using System.Security.Cryptography;
using System.Text;
using Multiprocessing.Spawn;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// What a proxy handle carries instead of the manager's authkey. A handle travels through shared memory (a pool task,
/// a queue), where another local user may read it, so it never holds a secret in clear: the authority to use it comes
/// from the process tree's own authkey (<see cref="Multiprocess.Current"/>), which every child of the tree shares.
/// </summary>
/// <remarks>
/// Two forms, told apart by the first byte:
/// <list type="bullet">
/// <item><c>0 | check[16]</c>: the manager's key is the tree's key. The check, HMAC-SHA256(tree key, label | address)
/// cut to 16 bytes, lets a process of another tree fail clearly instead of at the server's challenge.</item>
/// <item><c>1 | nonce[12] | tag[16] | wrapped key</c>: the manager has a key of its own, sealed with AES-256-GCM under
/// a key derived from the tree's key by HKDF-SHA256, the address as associated data.</item>
/// </list>
/// </remarks>
internal static class ManagerHandleKey
{
    private const byte SameAsTree = 0;
    private const byte Wrapped = 1;
    private const int CheckSize = 16;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int MaxKeySize = 4096;

    /// <summary>The last check computed (tree key, address, check): a process that reads many handles of one manager computes it once.</summary>
    private static Tuple<byte[], string, byte[]>? s_lastCheck;

    /// <summary>The last wrapping key derived (tree key, AES key).</summary>
    private static Tuple<byte[], byte[]>? s_lastWrapKey;

    private static ReadOnlySpan<byte> CheckLabel => "multiprocessing manager handle check v1\0"u8;

    private static ReadOnlySpan<byte> WrapLabel => "multiprocessing manager handle key v1"u8;

    /// <summary>The bytes a handle of the manager at <paramref name="address"/> with <paramref name="authkey"/> carries, under <paramref name="treeKey"/>.</summary>
    internal static byte[] Seal(string address, byte[] authkey, byte[] treeKey)
    {
        if (CryptographicOperations.FixedTimeEquals(authkey, treeKey))
        {
            var sealedCheck = new byte[1 + CheckSize];
            sealedCheck[0] = SameAsTree;
            Check(address, treeKey).AsSpan(0, CheckSize).CopyTo(sealedCheck.AsSpan(1));
            return sealedCheck;
        }

        var result = new byte[1 + NonceSize + TagSize + authkey.Length];
        result[0] = Wrapped;
        var nonce = result.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(WrapKey(treeKey), TagSize);
        aes.Encrypt(nonce, authkey, result.AsSpan(1 + NonceSize + TagSize), result.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(address));
        return result;
    }

    /// <summary>The manager's authkey from a handle's bytes, with this process tree's key.</summary>
    /// <exception cref="ProcessAuthenticationException">The handle was made in a process tree with another authkey.</exception>
    /// <exception cref="Marshalling.MarshalException">The bytes are not a handle's.</exception>
    internal static byte[] Open(string address, ReadOnlySpan<byte> handle, byte[] treeKey)
    {
        if (handle.Length == 1 + CheckSize && handle[0] == SameAsTree)
        {
            if (!CryptographicOperations.FixedTimeEquals(handle[1..], Check(address, treeKey).AsSpan(0, CheckSize)))
            {
                throw ForeignTree(address);
            }

            return treeKey;
        }

        if (handle.Length is > 1 + NonceSize + TagSize and <= 1 + NonceSize + TagSize + MaxKeySize && handle[0] == Wrapped)
        {
            var key = new byte[handle.Length - 1 - NonceSize - TagSize];
            try
            {
                using var aes = new AesGcm(WrapKey(treeKey), TagSize);
                aes.Decrypt(handle.Slice(1, NonceSize), handle[(1 + NonceSize + TagSize)..], handle.Slice(1 + NonceSize, TagSize), key, Encoding.UTF8.GetBytes(address));
            }
            catch (CryptographicException)
            {
                throw ForeignTree(address);
            }

            return key;
        }

        throw new Marshalling.MarshalException("Malformed data: a manager proxy handle with an unknown form of key.");
    }

    private static byte[] Check(string address, byte[] treeKey)
    {
        if (s_lastCheck is { } last && ReferenceEquals(last.Item1, treeKey) && last.Item2 == address)
        {
            return last.Item3;
        }

        var check = ComputeCheck(address, treeKey);
        s_lastCheck = Tuple.Create(treeKey, address, check);
        return check;
    }

    private static byte[] ComputeCheck(string address, byte[] treeKey)
    {
        var message = new byte[CheckLabel.Length + Encoding.UTF8.GetByteCount(address)];
        CheckLabel.CopyTo(message);
        Encoding.UTF8.GetBytes(address, message.AsSpan(CheckLabel.Length));
        return ManagedHmacSha256.HashData(treeKey, message);
    }

    private static byte[] WrapKey(byte[] treeKey)
    {
        if (s_lastWrapKey is { } last && ReferenceEquals(last.Item1, treeKey))
        {
            return last.Item2;
        }

        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, treeKey, 32, salt: [], info: WrapLabel.ToArray());
        s_lastWrapKey = Tuple.Create(treeKey, key);
        return key;
    }

    private static ProcessAuthenticationException ForeignTree(string address) => new(
        $"A proxy of the manager at {address} reached a process whose authkey is not the one of the process tree that made the proxy, " +
        "so this process may not use it (a handle carries no key, only what the tree's authkey unlocks). Pass proxies only to processes " +
        "started by the tree that holds the manager, with the inherited authkey (do not set ChildProcess.AuthKey), or connect with " +
        "ProcessManager.Connect(address, authKey).");
}
