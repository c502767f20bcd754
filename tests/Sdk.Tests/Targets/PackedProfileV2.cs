using MemoryPack;

namespace Multiprocessing.Tests.Targets;

/// <summary>Version 2 of <see cref="PackedProfileV1"/>: the same members 0 and 1, and a new member 2.</summary>
[MemoryPackable(GenerateType.VersionTolerant)]
public sealed partial record PackedProfileV2
{
    /// <summary>Member 0.</summary>
    [MemoryPackOrder(0)]
    public int Id { get; init; }

    /// <summary>Member 1.</summary>
    [MemoryPackOrder(1)]
    public string Name { get; init; } = "";

    /// <summary>Member 2, new in version 2.</summary>
    [MemoryPackOrder(2)]
    public string? Email { get; init; }
}
