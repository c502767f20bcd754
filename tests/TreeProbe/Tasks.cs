namespace Multiprocessing.TreeProbe;

/// <summary>The probe's targets.</summary>
internal static class Tasks
{
    /// <summary>Runs in a pool worker.</summary>
    [ProcessTarget]
    public static int Square(int x) => x * x;

    /// <summary>Sets <paramref name="started"/>, then sleeps for two minutes: a target without a token.</summary>
    [ProcessTarget]
    public static void SetThenSleep(ProcessEvent started)
    {
        started.Set();
        Thread.Sleep(TimeSpan.FromMinutes(2));
    }

    /// <summary>Sets <paramref name="started"/>, then waits up to a minute for its token; throws when it is cancelled.</summary>
    [ProcessTarget]
    public static int WaitForCancellation(ProcessEvent started, CancellationToken cancellationToken)
    {
        started.Set();
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
        cancellationToken.ThrowIfCancellationRequested();
        return Environment.ProcessId;
    }
}
