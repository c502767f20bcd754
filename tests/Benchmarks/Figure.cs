namespace Multiprocessing.Benchmarks;

/// <summary>One reported figure: the median of its samples, in the JSON shape of CPython's mp_bench.py.</summary>
internal sealed record Figure(string Name, string Unit, bool HigherIsBetter, IReadOnlyList<double> Samples, IReadOnlyDictionary<string, object> Params)
{
    public double Value => Median(Samples);

    public static double Median(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static Figure Of(string name, IEnumerable<double> samples, string unit, bool higherIsBetter = false, params (string Key, object Value)[] parameters) =>
        new(name, unit, higherIsBetter, samples.ToArray(), parameters.ToDictionary(p => p.Key, p => p.Value));
}
