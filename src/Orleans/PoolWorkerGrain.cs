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
internal sealed class PoolWorkerGrain(ProcessPool pool, IOptions<ProcessPoolWorkerOptions> options) : Grain, IPoolWorkerGrain
{
    private int _running;

    public async Task<ClusterTaskReply> Run(ClusterTaskRequest request)
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
            work = pool.SubmitRaw(request.TargetId, request.AssemblyName, request.Batch, request.Payload, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.NotStarted, Message = ex.Message }; // closed or terminated
        }
        catch (ProcessException ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = ex.Message }; // no such target, or a broken pool
        }

        Interlocked.Increment(ref _running);
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
        catch (Exception ex)
        {
            return new ClusterTaskReply { Status = ClusterTaskStatus.Refused, Message = $"{ex.GetType().FullName}: {ex.Message}" };
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public Task<PoolWorkerCapacity> GetCapacity() => Task.FromResult(new PoolWorkerCapacity
    {
        Workers = pool.Processes,
        Running = Volatile.Read(ref _running),
        Accepting = pool.State == PoolState.Running,
    });
}
