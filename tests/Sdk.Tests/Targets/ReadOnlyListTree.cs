namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record through a read-only list (read into an array by the shared sequence format).</summary>
public sealed record ReadOnlyListTree(int Value, IReadOnlyList<ReadOnlyListTree?>? Children);
