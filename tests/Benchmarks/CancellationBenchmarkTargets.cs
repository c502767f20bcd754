namespace Multiprocessing.Benchmarks;

/// <summary>The targets of <see cref="CancellationBenchmarks"/>.</summary>
internal static class CancellationBenchmarkTargets
{
    /// <summary>Sets <paramref name="started"/>, then waits for its token and honours it (throws OperationCanceledException).</summary>
    [ProcessTarget]
    public static int WaitForCancel(ProcessEvent started, CancellationToken cancellationToken)
    {
        started.Set();
        cancellationToken.WaitHandle.WaitOne();
        cancellationToken.ThrowIfCancellationRequested();
        return 0;
    }

    /// <summary>Like <see cref="WaitForCancel"/>, for a pool worker: returns the worker's pid when not cancelled.</summary>
    [ProcessTarget]
    public static int WaitForCancelOrPid(ProcessEvent started, int wait, CancellationToken cancellationToken)
    {
        if (wait == 0)
        {
            return Environment.ProcessId;
        }

        started.Set();
        cancellationToken.WaitHandle.WaitOne();
        cancellationToken.ThrowIfCancellationRequested();
        return Environment.ProcessId;
    }
}
