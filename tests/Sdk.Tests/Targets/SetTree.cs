namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record through a hash set.</summary>
public sealed record SetTree(int Value, HashSet<SetTree?>? Children);
