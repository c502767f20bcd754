using System.Runtime.ExceptionServices;

namespace Multiprocessing.Pool;

/// <summary>
/// What <see cref="AsyncResult"/> and <see cref="AsyncResult{T}"/> share, written once: each derives from its own task
/// type (<see cref="Task"/>, <see cref="Task{TResult}"/>), so they cannot share a base class, and hold this as a field
/// instead (no allocation of its own; the result passes itself where the core needs its task). It keeps the inner task a
/// map's result mirrors, or the outcome the pool sets on a result that is its own promise (<see cref="IPoolPromise{T}"/>:
/// the first Try call claims it), the token that ends it cancelled, and the pool task a waiting caller polls.
/// </summary>
/// <typeparam name="TTask">The result's task type: <see cref="Task"/> or <see cref="Task{TResult}"/>.</typeparam>
/// <typeparam name="TValue">The value the pool sets (<see cref="VoidResult"/> for a result without one).</typeparam>
/// <remarks>A mutable struct: the results hold it in a field that is not readonly, so its methods act on that field.
/// <see cref="IDeferredResult{TTask, TValue}"/> implements the scheduler's and the pool's sides over it.</remarks>
internal struct DeferredResultCore<TTask, TValue>
    where TTask : Task
{
    private readonly CancellationTokenSource? _cancellation;
    private int _claimed;
    private TValue? _value;
    private Exception? _error;

    /// <param name="inner">The task to mirror; null for a result that is its own promise.</param>
    /// <param name="mayCancel">Whether the result can end cancelled (then it needs a token of its own).</param>
    internal DeferredResultCore(TTask? inner, bool mayCancel)
    {
        Inner = inner;
        _cancellation = mayCancel ? new CancellationTokenSource() : null;
    }

    /// <summary>The task the pool completes; null for a result that is its own promise.</summary>
    internal TTask? Inner { get; }

    /// <summary>The token the result task is started with: cancelling it makes the scheduler end the result Canceled.</summary>
    internal readonly CancellationToken Token => _cancellation?.Token ?? default;

    /// <summary>The pool task behind the result, whose worker a waiting caller may poll; null when there is none.</summary>
    internal PoolTask? Source { get; set; }

    /// <summary>Whether a Try call has won (the result is ending or has ended).</summary>
    internal bool IsClaimed => Volatile.Read(ref _claimed) != 0;

    /// <summary>Python's <c>ready()</c>: whether the task (the inner one, when there is one) has finished.</summary>
    internal readonly bool IsReady(TTask result) => (Inner ?? result).IsCompleted;

    /// <summary>Python's <c>successful()</c>; throws while the task has not finished.</summary>
    internal readonly bool IsSuccessful(TTask result) => IsReady(result)
        ? (Inner ?? result).IsCompletedSuccessfully
        : throw new InvalidOperationException("The result is not ready yet: check Ready or Wait() before Successful.");

    /// <summary>Python's <c>wait(timeout)</c>: see <see cref="DeferredResultWait.Wait"/>.</summary>
    internal readonly bool Wait(TTask result, TimeSpan? timeout) => DeferredResultWait.Wait(result, Inner, Source, timeout);

    /// <summary>Waits as <see cref="Wait"/> does, throwing <see cref="TimeoutException"/> when the task did not finish in time.</summary>
    internal readonly void WaitOrThrow(TTask result, TimeSpan? timeout) => DeferredResultWait.WaitOrThrow(result, Inner, Source, timeout);

    /// <summary><see cref="IDeferredResult.Release"/>: ends the result as <see cref="Inner"/> (finished) ended.</summary>
    internal readonly void Release(TTask result)
    {
        if (Inner!.IsCanceled)
        {
            // The result was started with this token: cancelling it now makes the scheduler end it Canceled.
            _cancellation?.Cancel();
        }

        DeferredResultScheduler.Instance.Run(result);
    }

    /// <summary><see cref="IPoolPromise{T}.TrySetResult"/>.</summary>
    internal bool TrySetResult(TTask result, TValue value) => TryEnd(result, value, error: null);

    /// <summary><see cref="IPoolPromise{T}.TrySetException"/>.</summary>
    internal bool TrySetException(TTask result, Exception error) => TryEnd(result, default, error);

    /// <summary><see cref="IPoolPromise{T}.TrySetCanceled"/>.</summary>
    internal bool TrySetCanceled(TTask result) => _cancellation is null
        // Only a result made with a caller's cancellable token can be cancelled; should one without be, fail it rather than hang.
        ? TryEnd(result, default, new OperationCanceledException("The pool task was cancelled."))
        : TryEnd(result, default, error: null, cancel: true);

    /// <summary>The outcome the pool set on a result that is its own promise: its value, or its exception thrown.</summary>
    internal readonly TValue SetOutcome()
    {
        if (_error is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return _value!;
    }

    /// <summary>The first call claims the result, stores its outcome and runs it (on this thread); the others return false.</summary>
    private bool TryEnd(TTask result, TValue? value, Exception? error, bool cancel = false)
    {
        if (Interlocked.CompareExchange(ref _claimed, 1, 0) != 0)
        {
            return false;
        }

        _value = value;
        _error = error;
        if (cancel)
        {
            _cancellation!.Cancel(); // the result was started with this token: the scheduler ends it Canceled
        }

        DeferredResultScheduler.Instance.Run(result);
        return true;
    }
}
