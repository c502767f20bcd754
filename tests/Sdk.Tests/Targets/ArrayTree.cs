namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record through an array of references.</summary>
public sealed record ArrayTree(int Value, ArrayTree?[]? Children);
