namespace Multiprocessing.Hosting;

/// <summary>The package's own targets: they run in the pool's workers.</summary>
internal static class HostingTargets
{
    /// <summary>The warm-up probe: answers with the worker's pid.</summary>
    /// <returns>The pid of the worker that ran it.</returns>
    [ProcessTarget]
    public static int Probe() => Environment.ProcessId;
}
