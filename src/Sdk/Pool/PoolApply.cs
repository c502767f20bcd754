using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>
/// Apply and apply_async for every pool whose work is <see cref="PoolTask"/>s: the result is its own promise
/// (<see cref="IPoolPromise{T}"/>), which the pool ends directly when the task's answer comes.
/// </summary>
internal static class PoolApply
{
    internal static AsyncResult<TResult> Submit<TResult>(IPoolTaskQueue pool, Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var result = new AsyncResult<TResult>(mayCancel: cancellationToken.CanBeCanceled);
        SubmitTask(pool, result, target, writeArguments, callback, errorCallback, cancellationToken);
        return result;
    }

    internal static AsyncResult Submit(IPoolTaskQueue pool, Delegate target, Action<MarshalWriter> writeArguments, Action? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var result = new AsyncResult(mayCancel: cancellationToken.CanBeCanceled);
        SubmitTask<VoidResult>(pool, result, target, writeArguments, callback is null ? null : _ => callback(), errorCallback, cancellationToken);
        return result;
    }

    private static void SubmitTask<TResult>(IPoolTaskQueue pool, IPoolPromise<TResult> result, Delegate target, Action<MarshalWriter> writeArguments, Action<TResult>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
    {
        var descriptor = TargetRegistry.Resolve(target);
        var arguments = new MarshalWriter();
        writeArguments(arguments);
        pool.Submit([new ApplyTask<TResult>(result, descriptor, arguments.WrittenMemory, callback, errorCallback, cancellationToken)], cancellationToken);
    }
}
