namespace Multiprocessing.Pool;

/// <summary>
/// A result task that keeps its state in a <see cref="DeferredResultCore{TTask, TValue}"/>
/// (<see cref="AsyncResult"/>, <see cref="AsyncResult{T}"/>): the sides the scheduler (<see cref="IDeferredResult"/>)
/// and the pool (<see cref="IPoolPromise{T}"/>) see are implemented here, once for both, over that core.
/// </summary>
/// <typeparam name="TTask">The result's task type: <see cref="Task"/> or <see cref="Task{TResult}"/>.</typeparam>
/// <typeparam name="TValue">The value the pool sets (<see cref="VoidResult"/> for a result without one).</typeparam>
internal interface IDeferredResult<TTask, TValue> : IDeferredResult, IPoolPromise<TValue>
    where TTask : Task
{
    /// <summary>The result's core: a field of the result, changed in place.</summary>
    ref DeferredResultCore<TTask, TValue> Core { get; }

    /// <summary>The result itself, as its task type.</summary>
    private TTask Self => (TTask)(object)this;

    Task? IDeferredResult.Inner => Core.Inner;

    bool IPoolPromise<TValue>.IsClaimed => Core.IsClaimed;

    PoolTask? IPoolPromise<TValue>.Source
    {
        set => Core.Source = value;
    }

    void IDeferredResult.Release() => Core.Release(Self);

    bool IPoolPromise<TValue>.TrySetResult(TValue value) => Core.TrySetResult(Self, value);

    bool IPoolPromise<TValue>.TrySetException(Exception error) => Core.TrySetException(Self, error);

    bool IPoolPromise<TValue>.TrySetCanceled() => Core.TrySetCanceled(Self);
}
