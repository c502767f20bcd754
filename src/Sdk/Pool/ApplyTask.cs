using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>An apply call whose result is a <typeparamref name="T"/>.</summary>
internal sealed class ApplyTask<T> : PoolTask
{
    // Continuations run synchronously: the only one is the public result's mirror (DeferredResultScheduler), which ends
    // the result on the thread that completed this, with no thread-pool hop; the result runs the caller's continuations
    // asynchronously, so none runs on a pool thread.
    private readonly TaskCompletionSource<T> _completion = new();
    private readonly Action<T>? _callback;
    private readonly Action<Exception>? _errorCallback;
    private readonly CancellationTokenRegistration _cancellation;

    internal ApplyTask(TargetDescriptor target, ReadOnlyMemory<byte> arguments, Action<T>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
        : base(target, ApplyKind, arguments)
    {
        _callback = callback;
        _errorCallback = errorCallback;
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((ApplyTask<T>)state!).Cancel(), this);
        }
    }

    /// <summary>The promise the worker's answer completes; the public result mirrors it.</summary>
    internal Task<T> Completion => _completion.Task;

    internal override bool IsAbandoned => _completion.Task.IsCompleted;

    internal override void Complete(ReadOnlySpan<byte> result)
    {
        T value;
        try
        {
            var reader = new MarshalReader(result);
            value = Marshaller<T>.Default.Read(ref reader);
            reader.EnsureEnd($"the result of {Target.Id}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A result that cannot be read (malformed, or a marshaller that throws) fails this task, not the pool.
            Fail(ex);
            return;
        }

        _cancellation.Dispose();
        if (_completion.TrySetResult(value))
        {
            PoolCallbacks.Invoke(_callback, value);
        }
    }

    internal override void Fail(Exception error)
    {
        _cancellation.Dispose();
        if (_completion.TrySetException(error))
        {
            PoolCallbacks.Invoke(_errorCallback, error);
        }
    }

    private void Cancel()
    {
        // A task already running in a worker finishes there; its result is dropped.
        if (_completion.TrySetCanceled())
        {
            PoolCallbacks.Invoke(_errorCallback, new OperationCanceledException("The pool task was cancelled."));
        }
    }
}
