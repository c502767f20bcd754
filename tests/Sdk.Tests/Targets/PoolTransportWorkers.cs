namespace Multiprocessing.Tests.Targets;

/// <summary>Targets for the tests of how tasks and results travel between a pool and its workers.</summary>
public static class PoolTransportWorkers
{
    /// <summary>The bytes in reverse order: a large argument and a large result.</summary>
    [ProcessTarget]
    public static byte[] Reverse(byte[] data)
    {
        var copy = (byte[])data.Clone();
        Array.Reverse(copy);
        return copy;
    }

    /// <summary>Writes the worker's pid to <paramref name="path"/>, then sleeps a minute (the worker stays busy).</summary>
    [ProcessTarget]
    public static int BusyForAMinute(string path)
    {
        File.WriteAllText(path, Environment.ProcessId.ToString());
        Thread.Sleep(60_000);
        return 0;
    }

    /// <summary>A cheap checksum of a large argument.</summary>
    [ProcessTarget]
    public static long Sum(byte[] data)
    {
        long sum = 0;
        foreach (byte b in data)
        {
            sum += b;
        }

        return sum;
    }

    [ProcessTarget]
    public static long Twice(long x) => 2 * x;

    [ProcessTarget]
    public static double Half(double x) => x / 2;

    [ProcessTarget]
    public static bool IsOdd(int x) => (x & 1) == 1;

    [ProcessTarget]
    public static string Shout(string text) => text.ToUpperInvariant();

    [ProcessTarget]
    public static Fragile MakeFragile(int value) => new(value);

    [ProcessTarget]
    public static GridPoint Mirror(GridPoint p) => new(-p.X, -p.Y);
}
