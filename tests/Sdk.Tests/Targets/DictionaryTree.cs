namespace Multiprocessing.Tests.Targets;

/// <summary>A recursive record through a dictionary's values.</summary>
public sealed record DictionaryTree(int Value, Dictionary<int, DictionaryTree?>? Children);
