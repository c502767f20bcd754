using Multiprocessing;

namespace Samples.Pool;

/// <summary>The targets of the Pool sample: each one runs in a pool worker.</summary>
internal static class Tasks
{
    /// <summary>Python's <c>def task(i): time.sleep(0.5); return f"task {i} done by pid {os.getpid()}"</c>.</summary>
    [ProcessTarget]
    public static string Work(int i)
    {
        Thread.Sleep(500);
        return $"task {i} done by pid {Environment.ProcessId}";
    }

    [ProcessTarget]
    public static int Square(int x) => x * x;

    /// <summary>Sleeps longer for the small numbers, so that imap_unordered returns them late.</summary>
    [ProcessTarget]
    public static int SlowSquare(int x)
    {
        Thread.Sleep((10 - x) * 30);
        return x * x;
    }

    [ProcessTarget]
    public static long Power(int x, int y) => (long)Math.Pow(x, y);

    [ProcessTarget]
    public static int Divide(int a, int b) => a / b;

    /// <summary>The benchmark's naive trial division (Python's <c>count_primes_below</c>): 2262 for 20,000.</summary>
    [ProcessTarget]
    public static int CountPrimesBelow(int n)
    {
        int count = 0;
        for (int k = 2; k < n; k++)
        {
            int d = 2;
            bool prime = true;
            while (d * d <= k)
            {
                if (k % d == 0)
                {
                    prime = false;
                    break;
                }

                d++;
            }

            if (prime)
            {
                count++;
            }
        }

        return count;
    }
}
