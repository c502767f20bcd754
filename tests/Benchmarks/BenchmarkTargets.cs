namespace Multiprocessing.Benchmarks;

/// <summary>The targets the benchmark children run (CPython's noop, _idle, ...).</summary>
internal static class BenchmarkTargets
{
    /// <summary>Python's <c>noop</c>.</summary>
    [ProcessTarget]
    public static void Noop()
    {
    }

    /// <summary>
    /// Python's <c>_idle</c>: say "ready", then block until told to stop. Until the Pipe type exists, the two
    /// signals travel through named FIFOs made by the parent.
    /// </summary>
    [ProcessTarget]
    public static void Idle(string readyFifo, string stopFifo)
    {
        using (var ready = new FileStream(readyFifo, FileMode.Open, FileAccess.Write))
        {
            ready.WriteByte(1);
        }

        using var stop = new FileStream(stopFifo, FileMode.Open, FileAccess.Read);
        _ = stop.ReadByte();
    }
}
