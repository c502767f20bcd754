namespace Multiprocessing.Orleans;

/// <summary>
/// The cluster side of a silo's <see cref="ProcessPool"/>: one activation per silo, keyed by the silo's address and
/// placed on that silo (<see cref="SiloBoundPlacement"/>), so a client chooses the silo each task runs on.
/// </summary>
public interface IPoolWorkerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts one task (an apply call or a map chunk) in a worker process of this silo's pool, and waits for its answer
    /// at most <paramref name="wait"/>: a task that takes longer is answered <see cref="ClusterTaskStatus.Running"/>,
    /// and its answer is collected with <see cref="Collect"/>. So no call outlasts Orleans' response timeout, however
    /// long the task runs. A task its client stops asking for (for a few times <paramref name="wait"/>) is cancelled.
    /// </summary>
    /// <param name="request">The target and its marshalled bytes.</param>
    /// <param name="ticket">A new random id, chosen by the client, that names the task in later calls.</param>
    /// <param name="wait">How long this call waits for the answer (at most 10 s; the client keeps it well under its response timeout).</param>
    /// <returns>The result bytes, or how the task failed, or <see cref="ClusterTaskStatus.Running"/>.</returns>
    Task<ClusterTaskReply> Run(ClusterTaskRequest request, Guid ticket, TimeSpan wait);

    /// <summary>Waits at most <paramref name="wait"/> for the answer of a task started by <see cref="Run"/>; a final answer is given once, then the ticket is forgotten.</summary>
    /// <param name="ticket">The task's ticket.</param>
    /// <param name="wait">How long this call waits for the answer (at most 10 s).</param>
    /// <returns>The answer, <see cref="ClusterTaskStatus.Running"/>, or <see cref="ClusterTaskStatus.UnknownTicket"/> when the silo holds no such task.</returns>
    Task<ClusterTaskReply> Collect(Guid ticket, TimeSpan wait);

    /// <summary>Cancels a task started by <see cref="Run"/> in the silo's pool (dropped if no worker took it yet); its answer is dropped.</summary>
    /// <param name="ticket">The task's ticket.</param>
    /// <returns>A task that completes when the silo has cancelled it.</returns>
    Task Cancel(Guid ticket);

    /// <summary>The silo's workers and the cluster tasks it holds now.</summary>
    /// <returns>The silo's capacity.</returns>
    Task<PoolWorkerCapacity> GetCapacity();
}
