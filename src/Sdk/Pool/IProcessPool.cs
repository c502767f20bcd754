namespace Multiprocessing;

/// <summary>
/// The pool API an app calls (Python's <c>Pool</c>): apply, map, starmap and imap, typed end to end. Both
/// <see cref="ProcessPool"/> (worker processes on this machine) and the cluster pool of the <c>Multiprocessing.Orleans</c>
/// package (the same calls over the worker processes of an Orleans cluster's silos) implement it, so an app moves from
/// one machine to a cluster by changing its registration (<c>AddProcessPool</c> vs <c>AddClusterPool</c>), not its calls.
/// </summary>
/// <remarks>The overload families (<c>Apply</c>/<c>ApplyAsync</c>: 0 to 8 parameters; <c>Map</c>, <c>Starmap</c>,
/// <c>Imap</c> and their async forms: 1 to 4; each target shape) are written by <c>eng/gen_overloads.py</c> into
/// <c>IProcessPool.Apply.cs</c> and <c>IProcessPool.MapFamily.cs</c>.</remarks>
public partial interface IProcessPool : IDisposable, IAsyncDisposable
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
