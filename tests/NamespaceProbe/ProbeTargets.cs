namespace Multiprocessing.NamespaceProbe;

/// <summary>What the probe's pool runs in its workers (inside the other pid namespace too).</summary>
public static class ProbeTargets
{
    /// <summary>The square of <paramref name="x"/>, computed in a pool worker.</summary>
    /// <param name="x">The number.</param>
    /// <returns>x * x.</returns>
    [ProcessTarget]
    public static long Square(long x) => x * x;
}
