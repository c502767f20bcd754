namespace Multiprocessing;

/// <summary>
/// A pool an app is given (Python's <c>Pool</c>): its lifecycle here, its calls (apply, map, starmap and imap, typed
/// end to end) in <see cref="ProcessPoolExtensions"/>, as <c>ILogger</c> and <c>LoggerExtensions</c>.
/// <see cref="ProcessPool"/> (worker processes on this machine), <see cref="InProcessPool"/> (worker threads, for
/// tests) and the cluster pool of the <c>Multiprocessing.Orleans</c> package (the worker processes of an Orleans
/// cluster's silos) implement it, so an app moves from one machine to a cluster by changing its registration
/// (<c>AddProcessPool</c> vs <c>AddClusterPool</c>), not its calls.
/// </summary>
/// <remarks>The calls are served by those pools only: another implementation of this interface gets a
/// <see cref="NotSupportedException"/> from them. To test code that takes a pool, give it an
/// <see cref="InProcessPool"/>.</remarks>
public interface IProcessPool : IDisposable, IAsyncDisposable
{
    /// <summary>The number of workers the pool runs on (for a cluster pool: the workers of the silos it knows now).</summary>
    int Processes { get; }

    /// <summary>Stops taking tasks (Python's <c>close()</c>); submitted work still finishes.</summary>
    void Close();

    /// <summary>Stops now (Python's <c>terminate()</c>): tasks not finished fail.</summary>
    void Terminate();

    /// <summary>Waits until the pool has stopped (Python's <c>join()</c>); call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    void Join();

    /// <summary>Waits asynchronously until the pool has stopped; call <see cref="Close"/> or <see cref="Terminate"/> first.</summary>
    /// <param name="cancellationToken">Stops the wait (not the pool).</param>
    /// <returns>A task that completes when the pool has stopped.</returns>
    Task JoinAsync(CancellationToken cancellationToken = default);
}
