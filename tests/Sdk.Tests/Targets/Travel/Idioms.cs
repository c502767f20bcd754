using System.Collections.Immutable;
using System.Numerics;

namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>A record written the way .NET DTOs usually are: read-only and immutable collections, Uri, Version, BigInteger, memory.</summary>
public sealed record Idioms(
    IReadOnlyList<int> List,
    IReadOnlyCollection<string> Collection,
    IReadOnlyDictionary<string, int> Dictionary,
    IReadOnlySet<string> Set,
    ImmutableArray<int> Array,
    ImmutableList<string> ImmutableList,
    ImmutableDictionary<string, long> ImmutableDictionary,
    Uri Address,
    Uri RelativeAddress,
    Version Version,
    BigInteger Big,
    ReadOnlyMemory<byte> Bytes,
    Memory<int> Numbers,
    ReadOnlyMemory<double> Doubles);
