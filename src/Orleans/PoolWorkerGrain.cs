using Orleans.Concurrency;

namespace Multiprocessing.Orleans;

/// <summary>
/// Runs cluster tasks in this silo's <see cref="ProcessPool"/>: each in a worker process, as locally, so a crash stays
/// in its task. Reentrant: it holds as many tasks at once as clients send, and the pool queues them for its workers.
/// The tasks and their answers live in <see cref="PoolTaskTickets"/>, by ticket: each call waits for an answer at most
/// its client's bound, and the client asks again (<see cref="Collect"/>) until the answer is final.
/// </summary>
[Reentrant]
[SiloBoundPlacement]
internal sealed class PoolWorkerGrain(ProcessPool pool, PoolWorkerDrain drain, PoolTaskTickets tickets) : Grain, IPoolWorkerGrain
{
    public Task<ClusterTaskReply> Run(ClusterTaskRequest request, Guid ticket, TimeSpan wait) => tickets.Run(request, ticket, wait);

    public Task<ClusterTaskReply> Collect(Guid ticket, TimeSpan wait) => tickets.Collect(ticket, wait);

    public Task Cancel(Guid ticket)
    {
        tickets.Cancel(ticket);
        return Task.CompletedTask;
    }

    public Task<PoolWorkerCapacity> GetCapacity() => Task.FromResult(new PoolWorkerCapacity
    {
        Workers = pool.Processes,
        Running = drain.Running,
        Accepting = pool.State == PoolState.Running && !drain.Draining,
    });
}
