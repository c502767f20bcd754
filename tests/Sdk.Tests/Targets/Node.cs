namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record: a chain of nodes takes one nesting level per node.</summary>
public sealed record Node(int Value, Node? Next);
