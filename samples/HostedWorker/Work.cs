using Multiprocessing;

namespace Samples.HostedWorker;

/// <summary>The work the pool's workers do.</summary>
internal static class Work
{
    /// <summary>A CPU-bound computation: counts the primes below 20,000 + <paramref name="item"/>.</summary>
    /// <param name="item">The work item.</param>
    /// <returns>A line that says what was computed, and in which process.</returns>
    [ProcessTarget]
    public static string Compute(int item)
    {
        // The worker's output goes to the host's logger, with the worker's name and pid in the scope.
        Console.WriteLine($"computing item {item} in pid {Environment.ProcessId}");
        int limit = 20_000 + item;
        int primes = 0;
        for (int n = 2; n < limit; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
            {
                if (n % d == 0)
                {
                    prime = false;
                    break;
                }
            }

            primes += prime ? 1 : 0;
        }

        Thread.Sleep(100); // and some waiting, so that a few items are always in flight
        return $"item {item}: {primes} primes below {limit}, computed by pid {Environment.ProcessId}";
    }
}
