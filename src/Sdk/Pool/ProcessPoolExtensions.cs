using Multiprocessing.Pool;

namespace Multiprocessing;

/// <summary>
/// The typed calls of a pool (Python's <c>Pool.apply</c>, <c>map</c>, <c>starmap</c>, <c>imap</c> and their async
/// forms), written once for every <see cref="IProcessPool"/>: <see cref="ProcessPool"/> (worker processes),
/// <see cref="InProcessPool"/> (worker threads, through the same marshalling) and the cluster pool of the
/// <c>Multiprocessing.Orleans</c> package. An app that takes an <see cref="IProcessPool"/> calls the same members
/// whichever pool it is given.
/// </summary>
/// <remarks>
/// <para>The families (<c>Apply</c>/<c>ApplyAsync</c>: targets of 0 to 8 parameters; <c>Map</c>, <c>Starmap</c>,
/// <c>Imap</c> and their async forms: 1 to 4; each target shape) are written by <c>eng/gen_overloads.py</c> into
/// <c>ProcessPoolExtensions.Apply.cs</c> and <c>ProcessPoolExtensions.Map.cs</c>; each forwards to the pool's core, as
/// <c>LoggerExtensions</c> forward to <c>ILogger.Log</c>. The shapes whose target takes a
/// <see cref="CancellationToken"/> are a <see cref="ProcessPool"/>'s own: its workers cancel that token.</para>
/// <para>The calls are served by the SDK's pools only: an <see cref="IProcessPool"/> written elsewhere (a hand-made
/// fake) gets a <see cref="NotSupportedException"/>. To test code that takes a pool without processes, give it an
/// <see cref="InProcessPool"/>.</para>
/// </remarks>
public static partial class ProcessPoolExtensions
{
    /// <summary>The core of an SDK pool; a clear error for an <see cref="IProcessPool"/> the SDK did not write.</summary>
    private static IPoolCalls Calls(IProcessPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return pool as IPoolCalls ?? throw new NotSupportedException(
            $"'{pool.GetType().FullName}' implements IProcessPool but is not one of the SDK's pools, so it cannot serve Apply, Map, Starmap or Imap: " +
            "those calls are served by ProcessPool, InProcessPool (the in-process stand-in for tests) and the ClusterPool of Multiprocessing.Orleans. " +
            "Pass one of those, or call your own type's methods directly.");
    }
}
