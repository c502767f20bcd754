namespace Multiprocessing.Pool;

/// <summary>
/// The completing side of a result that is its own promise (an <see cref="AsyncResult"/> or <see cref="AsyncResult{T}"/>
/// made for an apply): the pool ends it directly, with no inner task, continuation or thread-pool hop in between. The
/// first call of the three Try methods wins; the others return false.
/// </summary>
/// <typeparam name="T">The result type (<see cref="VoidResult"/> for a target that returns nothing).</typeparam>
internal interface IPoolPromise<in T>
{
    /// <summary>Whether one of the Try methods has won (the result is ending or has ended).</summary>
    bool IsClaimed { get; }

    /// <summary>The pool task whose worker a waiting caller may poll.</summary>
    PoolTask? Source { set; }

    bool TrySetResult(T value);

    bool TrySetException(Exception error);

    bool TrySetCanceled();
}
