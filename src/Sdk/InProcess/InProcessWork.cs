using Multiprocessing.Marshalling;

namespace Multiprocessing.InProcess;

/// <summary>
/// A task that runs a generated invoker (or batch runner) over bytes the caller marshalled, then unmarshals the bytes
/// the target wrote: the same two trips through the marshallers as a task sent to a <see cref="ProcessPool"/> worker.
/// </summary>
/// <typeparam name="T">The unmarshalled result.</typeparam>
internal sealed class InProcessWork<T> : InProcessWorkItem
{
    private readonly Func<MarshalWriter, ValueTask> _invoke;
    private readonly Func<ReadOnlyMemory<byte>, T> _decode;
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _skipWhen;
    private readonly CancellationTokenRegistration _cancellation;

    /// <param name="invoke">Calls the target over the marshalled arguments, writing its marshalled result.</param>
    /// <param name="decode">Reads the result back from the bytes the target wrote.</param>
    /// <param name="cancellationToken">The caller's token: a task not started yet is dropped and fails with <see cref="OperationCanceledException"/>.</param>
    /// <param name="skipWhen">A token that skips the task silently when it is cancelled before the task starts (its operation already failed).</param>
    internal InProcessWork(Func<MarshalWriter, ValueTask> invoke, Func<ReadOnlyMemory<byte>, T> decode, CancellationToken cancellationToken, CancellationToken skipWhen = default)
    {
        _invoke = invoke;
        _decode = decode;
        _skipWhen = skipWhen;
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((InProcessWork<T>)state!)._completion.TrySetCanceled(), this);
        }
    }

    /// <summary>Completes with the unmarshalled result.</summary>
    internal Task<T> Task => _completion.Task;

    internal override bool IsAbandoned => _completion.Task.IsCompleted || _skipWhen.IsCancellationRequested;

    internal override void Run(MarshalWriter scratch, string workerName)
    {
        if (IsAbandoned)
        {
            return;
        }

        scratch.Reset();
        try
        {
            var pending = _invoke(scratch);
            if (!pending.IsCompletedSuccessfully)
            {
                pending.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception ex)
        {
            // As a pool worker reports it: the target's exception (or its arguments' unmarshalling failure) comes
            // back as a RemoteProcessException; here the original rides along as InnerException, for the debugger.
            Fail(new RemoteProcessException(ex.GetType().FullName ?? ex.GetType().Name, ex.Message, ex.StackTrace ?? "", workerName, Environment.ProcessId, ex));
            return;
        }

        T value;
        try
        {
            value = _decode(scratch.WrittenMemory);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fail(ex); // a result that cannot be read fails this task, as in ProcessPool
            return;
        }

        _cancellation.Dispose();
        _completion.TrySetResult(value);
    }

    internal override void Fail(Exception error)
    {
        _cancellation.Dispose();
        _completion.TrySetException(error);
    }
}
