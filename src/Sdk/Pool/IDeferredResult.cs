namespace Multiprocessing.Pool;

/// <summary>
/// A public result task (<see cref="AsyncResult"/>, <see cref="AsyncResult{T}"/>): <see cref="DeferredResultScheduler"/>
/// runs it once it has an outcome, either its inner, promise-style task's or the one the pool set through
/// <see cref="IPoolPromise{T}"/>.
/// </summary>
internal interface IDeferredResult
{
    /// <summary>The task the pool completes; null for a result that is its own promise.</summary>
    Task? Inner { get; }

    /// <summary>
    /// Ends the result as <see cref="Inner"/> (not null) ended, which it must have; a no-op once the result has run. Safe to call from
    /// several threads: the first runs it.
    /// </summary>
    void Release();
}
