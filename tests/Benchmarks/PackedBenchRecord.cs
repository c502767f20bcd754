using MemoryPack;

namespace Multiprocessing.Benchmarks;

/// <summary>marshal_record's small record, <c>[MemoryPackable]</c>: the generated marshaller calls MemoryPack.</summary>
[MemoryPackable]
internal sealed partial record PackedBenchRecord(int Id, string Name, double Value, long Stamp);
