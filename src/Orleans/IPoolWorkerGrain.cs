namespace Multiprocessing.Orleans;

/// <summary>
/// The cluster side of a silo's <see cref="ProcessPool"/>: one activation per silo, keyed by the silo's address and
/// placed on that silo (<see cref="SiloBoundPlacement"/>), so a client chooses the silo each task runs on.
/// </summary>
public interface IPoolWorkerGrain : IGrainWithStringKey
{
    /// <summary>Runs one task (an apply call or a map chunk) in a worker process of this silo's pool.</summary>
    /// <param name="request">The target and its marshalled bytes.</param>
    /// <param name="cancellationToken">The caller's token: Orleans carries its cancellation to the silo, which cancels the task in its pool (dropped if no worker took it yet).</param>
    /// <returns>The result bytes, or how the task failed.</returns>
    Task<ClusterTaskReply> Run(ClusterTaskRequest request, CancellationToken cancellationToken = default);

    /// <summary>The silo's workers and the cluster tasks it holds now.</summary>
    /// <returns>The silo's capacity.</returns>
    Task<PoolWorkerCapacity> GetCapacity();
}
