using MemoryPack;

namespace Multiprocessing.Tests.Targets;

/// <summary>
/// Version 1 of a version-tolerant MemoryPack record. <see cref="PackedProfileV2"/> is version 2 of the same record:
/// one assembly cannot hold two types of one name, so the two versions have two names and the same MemoryPack layout
/// (members 0 and 1), and version 2 adds member 2.
/// </summary>
[MemoryPackable(GenerateType.VersionTolerant)]
public sealed partial record PackedProfileV1
{
    /// <summary>Member 0.</summary>
    [MemoryPackOrder(0)]
    public int Id { get; init; }

    /// <summary>Member 1.</summary>
    [MemoryPackOrder(1)]
    public string Name { get; init; } = "";
}
