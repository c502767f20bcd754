namespace Multiprocessing.Benchmarks;

/// <summary>marshal_record's small record in the SDK's own format (the default for a plain record).</summary>
internal sealed record BenchRecord(int Id, string Name, double Value, long Stamp);
