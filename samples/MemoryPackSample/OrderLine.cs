using MemoryPack;

/// <summary>One line of an <see cref="Order"/> (a positional record: MemoryPack uses its constructor).</summary>
[MemoryPackable]
internal sealed partial record OrderLine(string Item, int Count, decimal Price);
