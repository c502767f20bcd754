using MemoryPack;

namespace Multiprocessing.Tests.Targets;

/// <summary>A node of a MemoryPack graph with cycles (MemoryPack's circular-reference mode keeps shared references).</summary>
[MemoryPackable(GenerateType.CircularReference)]
public sealed partial class PackedNode
{
    /// <summary>The node's name.</summary>
    [MemoryPackOrder(0)]
    public string Name { get; set; } = "";

    /// <summary>The next node (may close a cycle).</summary>
    [MemoryPackOrder(1)]
    public PackedNode? Next { get; set; }
}
