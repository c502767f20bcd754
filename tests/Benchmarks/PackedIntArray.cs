using MemoryPack;

namespace Multiprocessing.Benchmarks;

/// <summary>marshal_array's int[] inside a <c>[MemoryPackable]</c> record (how an int[] travels in MemoryPack's format).</summary>
[MemoryPackable]
internal sealed partial record PackedIntArray(int[] Values);
