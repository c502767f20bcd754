using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Pool;

/// <summary>An apply call whose result is a <typeparamref name="T"/>.</summary>
internal sealed class ApplyTask<T> : PoolTask
{
    private readonly IPoolPromise<T> _promise;
    private readonly Action<T>? _callback;
    private readonly Action<Exception>? _errorCallback;
    private readonly CancellationTokenRegistration _cancellation;

    internal ApplyTask(IPoolPromise<T> promise, TargetDescriptor target, ReadOnlyMemory<byte> arguments, Action<T>? callback, Action<Exception>? errorCallback, CancellationToken cancellationToken)
        : base(target, ApplyKind, arguments)
    {
        _promise = promise;
        promise.Source = this;
        _callback = callback;
        _errorCallback = errorCallback;
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((ApplyTask<T>)state!).Cancel(), this);
        }
    }

    internal override bool IsAbandoned => _promise.IsClaimed;

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
        if (_promise.TrySetResult(value))
        {
            PoolCallbacks.Invoke(_callback, value);
        }
    }

    internal override void Fail(Exception error)
    {
        _cancellation.Dispose();
        if (_promise.TrySetException(error))
        {
            PoolCallbacks.Invoke(_errorCallback, error);
        }
    }

    private void Cancel()
    {
        // The result fails at once; a task already sent has its target's token cancelled in the worker (a target
        // that ignores it is stopped with its worker after ProcessPoolOptions.CancellationGracePeriod).
        if (_promise.TrySetCanceled())
        {
            Worker?.CancelSent(this);
            PoolCallbacks.Invoke(_errorCallback, new OperationCanceledException("The pool task was cancelled."));
        }
    }
}
