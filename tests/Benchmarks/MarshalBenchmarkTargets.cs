namespace Multiprocessing.Benchmarks;

/// <summary>A target whose signature makes the generator emit the marshallers marshal_record and marshal_array time.</summary>
internal static class MarshalBenchmarkTargets
{
    /// <summary>Never run: its parameters are the benchmarked types.</summary>
    [ProcessTarget]
    public static int Marshalled(BenchRecord record, PackedBenchRecord packed, int[] array, PackedIntArray packedArray) => 0;
}
