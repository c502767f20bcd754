using System.Diagnostics.CodeAnalysis;

namespace Multiprocessing.Managers.Protocol;

/// <summary>
/// Compares <see cref="ByteKey"/>s by content, and looks them up by a span of the request buffer (an alternate key),
/// so that a get allocates nothing.
/// </summary>
internal sealed class ByteKeyComparer : IEqualityComparer<ByteKey>, IAlternateEqualityComparer<ReadOnlySpan<byte>, ByteKey>
{
    internal static readonly ByteKeyComparer Instance = new();

    internal static int HashOf(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    public bool Equals(ByteKey x, ByteKey y) => x.Hash == y.Hash && x.Bytes.AsSpan().SequenceEqual(y.Bytes);

    public int GetHashCode([DisallowNull] ByteKey obj) => obj.Hash;

    public bool Equals(ReadOnlySpan<byte> alternate, ByteKey other) => alternate.SequenceEqual(other.Bytes);

    public int GetHashCode(ReadOnlySpan<byte> alternate) => HashOf(alternate);

    public ByteKey Create(ReadOnlySpan<byte> alternate) => new(alternate.ToArray(), HashOf(alternate));
}
