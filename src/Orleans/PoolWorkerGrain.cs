using Microsoft.Extensions.Options;
using Multiprocessing.Marshalling;
using Multiprocessing.Spawn;
using Orleans.Concurrency;

namespace Multiprocessing.Orleans;

/// <summary>
/// Runs cluster tasks in this silo's <see cref="ProcessPool"/>: each in a worker process, as locally, so a crash stays
/// in its task. Reentrant: it holds as many tasks at once as clients send, and the pool queues them for its workers.
/// </summary>
[Reentrant]
[SiloBoundPlacement]
internal sealed class PoolWorkerGrain(ProcessPool pool, PoolWorkerDrain drain, IOptions<ProcessPoolWorkerOptions> options) : Grain, IPoolWorkerGrain
{
    public async Task<ClusterTaskReply> Run(ClusterTaskRequest request, CancellationToken cancellationToken = default)
    {
        if (!drain.TryEnter())
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.NotStarted, Message = "The silo is stopping: it takes no new task.", Draining = true };
        }

        ClusterTaskReply reply;
        bool draining;
        try
        {
            reply = await RunCore(request, cancellationToken);
            draining = drain.Draining;
        }
        finally
        {
            drain.Exit();
        }

        // A stopping silo tells the client with each answer that it takes no more work, so that no new task is sent
        // to it after its last answer (the silo leaves the cluster once it has answered all it holds).
        return draining
            ? new ClusterTaskReply { Status = reply.Status, Payload = reply.Payload, WorkerName = reply.WorkerName, ProcessId = reply.ProcessId, ExitCode = reply.ExitCode, Message = reply.Message, Draining = true }
            : reply;
    }

    private async Task<ClusterTaskReply> RunCore(ClusterTaskRequest request, CancellationToken cancellationToken)
    {
        if (!ClusterSecret.Verify(options.Value.SharedSecret, request))
        {
            return new ClusterTaskReply
            {
                Status = ClusterTaskStatus.Refused,
                Message = "The request's proof does not match this silo's shared secret: the client must use the same ClusterPoolOptions.SharedSecret as the silo's ProcessPoolWorkerOptions.SharedSecret.",
            };
        }

        Task<byte[]> work;
        try
        {
            work = pool.SubmitRaw(request.TargetId, request.AssemblyName, request.Batch, request.Payload, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.NotStarted, Message = ex.Message }; // closed or terminated
        }
        catch (ProcessException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = ex.Message }; // no such target, or a broken pool
        }

        try
        {
            byte[] result = await work;
            return new ClusterTaskReply { Status = ClusterTaskStatus.Succeeded, Payload = result };
        }
        catch (RemoteProcessException ex)
        {
            var writer = new MarshalWriter();
            RemoteErrorReport.WriteRemote(writer, ex);
            return new ClusterTaskReply { Status = ClusterTaskStatus.TargetFailed, Payload = writer.WrittenSpan.ToArray(), WorkerName = ex.ProcessName, ProcessId = ex.ProcessId };
        }
        catch (WorkerCrashedException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.WorkerCrashed, WorkerName = ex.WorkerName, ProcessId = ex.ProcessId, ExitCode = ex.ExitCode };
        }
        catch (InvalidOperationException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Lost, Message = ex.Message }; // terminated while it held the task
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the caller cancelled: Orleans answers it as cancelled
        }
        catch (Exception ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = $"{ex.GetType().FullName}: {ex.Message}" };
        }
    }

    public Task<PoolWorkerCapacity> GetCapacity() => Task.FromResult(new PoolWorkerCapacity
    {
        Workers = pool.Processes,
        Running = drain.Running,
        Accepting = pool.State == PoolState.Running && !drain.Draining,
    });
}
