namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record through a collection: each level is an object and a list.</summary>
public sealed record Tree(int Value, List<Tree>? Children);
