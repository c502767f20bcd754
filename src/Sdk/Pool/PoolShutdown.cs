namespace Multiprocessing.Pool;

/// <summary>
/// What disposing a pool does, written once for <see cref="ProcessPool"/>, <see cref="InProcessPool"/> and the
/// cluster pool: Python's <c>with Pool()</c> exit, which calls <c>terminate()</c>, then waits for the workers (so a
/// disposed pool has no worker left, and tasks not finished have failed).
/// </summary>
internal static class PoolShutdown
{
    /// <summary>Terminates the pool and waits for its workers.</summary>
    /// <param name="pool">The pool.</param>
    internal static void Dispose(IProcessPool pool)
    {
        pool.Terminate();
        pool.Join();
    }

    /// <summary>Terminates the pool and waits asynchronously for its workers.</summary>
    /// <param name="pool">The pool.</param>
    /// <returns>A task that completes when every worker has exited.</returns>
    internal static async ValueTask DisposeAsync(IProcessPool pool)
    {
        pool.Terminate();
        await pool.JoinAsync().ConfigureAwait(false);
    }
}
