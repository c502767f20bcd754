namespace Multiprocessing.Managers.Protocol;

/// <summary>A dictionary key held by the server as its marshalled bytes: keys are equal when their bytes are.</summary>
internal readonly struct ByteKey
{
    internal ByteKey(byte[] bytes, int hash)
    {
        Bytes = bytes;
        Hash = hash;
    }

    internal byte[] Bytes { get; }

    internal int Hash { get; }
}
