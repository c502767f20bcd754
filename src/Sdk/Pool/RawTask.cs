using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// A task whose arguments (or chunk) were marshalled elsewhere and whose result goes back as bytes: what a cluster
/// silo runs for a remote pool. The bytes are the SDK's own (a target's marshalled arguments, or a
/// <see cref="ChunkCodec"/> chunk), so no second serializer is involved.
/// </summary>
internal sealed class RawTask : PoolTask
{
    private readonly TaskCompletionSource<byte[]> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration _cancellation;

    internal RawTask(TargetDescriptor target, byte kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
        : base(target, kind, payload)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((RawTask)state!)._completion.TrySetCanceled(), this);
        }
    }

    /// <summary>The result bytes, or the task's failure (<see cref="RemoteProcessException"/>, <see cref="WorkerCrashedException"/>, ...).</summary>
    internal Task<byte[]> Completion => _completion.Task;

    internal override bool IsAbandoned => _completion.Task.IsCompleted;

    internal override void Complete(ReadOnlySpan<byte> result)
    {
        _cancellation.Dispose();
        _completion.TrySetResult(result.ToArray()); // the bytes may lie in the worker's ring: copied now
    }

    internal override void Fail(Exception error)
    {
        _cancellation.Dispose();
        _completion.TrySetException(error);
    }
}
