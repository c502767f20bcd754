using System.Diagnostics;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Benchmarks;

/// <summary>
/// marshal_record and marshal_array (tests/Benchmarks/python/README.md): one value written by its marshaller and read
/// back, in one process, the SDK's own format against MemoryPack's (a <c>[MemoryPackable]</c> type's generated
/// marshaller), so that the choice between them stays measured. CPython's counterpart is a pickle round trip.
/// </summary>
internal static class MarshalBenchmarks
{
    /// <summary>A 4-member record (int, string, double, long) round trip, in ns.</summary>
    public static IEnumerable<Figure> MarshalRecord(bool quick)
    {
        int n = quick ? 100_000 : 1_000_000;
        int reps = quick ? 3 : 5;
        var sdk = new BenchRecord(42, "order-42", 3.25, 1_700_000_000_000);
        var packed = new PackedBenchRecord(42, "order-42", 3.25, 1_700_000_000_000);
        var sdkSamples = RoundTrips(sdk, n, reps);
        var packedSamples = RoundTrips(packed, n, reps);
        yield return Figure.Of("marshal_record", sdkSamples, "ns", false, ("N", n), ("format", "sdk"), ("what", "MarshalWriter write + MarshalReader read of a 4-member record"));
        yield return Figure.Of("marshal_record.memorypack", packedSamples, "ns", false, ("N", n), ("format", "memorypack"), ("what", "the same record [MemoryPackable]"));
    }

    /// <summary>An int[1_000_000] round trip, in ms.</summary>
    public static IEnumerable<Figure> MarshalArray(bool quick)
    {
        const int length = 1_000_000;
        int n = quick ? 5 : 20;
        int reps = quick ? 3 : 5;
        var values = Enumerable.Range(0, length).ToArray();
        var sdkSamples = RoundTrips(values, n, reps, milliseconds: true);
        var packedSamples = RoundTrips(new PackedIntArray(values), n, reps, milliseconds: true);
        yield return Figure.Of("marshal_array", sdkSamples, "ms", false, ("N", length), ("format", "sdk"), ("what", "int[1_000_000] written and read back"));
        yield return Figure.Of("marshal_array.memorypack", packedSamples, "ms", false, ("N", length), ("format", "memorypack"), ("what", "the same int[] in a [MemoryPackable] record"));
    }

    /// <summary>
    /// The median time of one write + read of <paramref name="value"/> through its registered marshaller, per sample of
    /// <paramref name="n"/> round trips; the writer is reused, as the SDK's senders reuse theirs.
    /// </summary>
    private static List<double> RoundTrips<T>(T value, int n, int reps, bool milliseconds = false)
    {
        var marshaller = Marshaller<T>.Default;
        var writer = new MarshalWriter();
        T back = default!;
        for (int i = 0; i < Math.Min(n, 1000); i++)
        {
            back = RoundTrip(marshaller, writer, value); // warm-up (tiering)
        }

        var samples = new List<double>();
        for (int rep = 0; rep < reps; rep++)
        {
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < n; i++)
            {
                back = RoundTrip(marshaller, writer, value);
            }

            var elapsed = Stopwatch.GetElapsedTime(t0);
            samples.Add(milliseconds ? elapsed.TotalMilliseconds / n : elapsed.TotalNanoseconds / n);
        }

        // Checked outside the timer: a wrong result is an error, never a figure.
        bool same = (value, back) switch
        {
            (int[] a, int[] b) => a.AsSpan().SequenceEqual(b),
            (PackedIntArray a, PackedIntArray b) => a.Values.AsSpan().SequenceEqual(b.Values),
            _ => EqualityComparer<T>.Default.Equals(value, back),
        };
        if (!same)
        {
            throw new InvalidOperationException($"{typeof(T).Name} did not round-trip");
        }

        return samples;
    }

    private static T RoundTrip<T>(IProcessMarshaller<T> marshaller, MarshalWriter writer, T value)
    {
        writer.Reset();
        marshaller.Write(writer, value);
        var reader = new MarshalReader(writer.WrittenSpan);
        return marshaller.Read(ref reader);
    }
}
