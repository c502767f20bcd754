namespace Cluster;

/// <summary>The work the client spreads over the cluster: each call runs in a worker process of some silo.</summary>
public static class Work
{
    [Multiprocessing.ProcessTarget]
    public static long Square(int x) => (long)x * x;

    /// <summary>Which machine and process ran the item (the silo's worker, not the silo itself).</summary>
    [Multiprocessing.ProcessTarget]
    public static string WhereAmI(int item)
    {
        Thread.Sleep(100);
        return $"{Environment.MachineName}/pid {Environment.ProcessId}";
    }
}
