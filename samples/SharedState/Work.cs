using Multiprocessing;

namespace Samples.SharedState;

/// <summary>The targets of the SharedState sample: each one runs in a child process.</summary>
internal static class Work
{
    [ProcessTarget]
    public static void Count(SharedValue<int> counter, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (counter.GetLock().Lock())
            {
                counter.Value += 1; // a read and a write: without the lock, increments would be lost
            }
        }
    }

    [ProcessTarget]
    public static void SquareSlice(SharedArray<double> numbers, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            numbers[i] *= numbers[i];
        }
    }

    [ProcessTarget]
    public static void Record(ManagedDictionary<string, int> squares, ManagedList<string> log, int n)
    {
        squares[$"square({n})"] = n * n;
        log.Add($"pid {Environment.ProcessId} wrote square({n})");
    }
}
