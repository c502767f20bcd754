namespace Multiprocessing.Pool;

/// <summary>
/// A public result task (<see cref="AsyncResult"/>, <see cref="AsyncResult{T}"/>) that mirrors an inner, promise-style
/// task: <see cref="DeferredResultScheduler"/> runs it once the inner one has finished.
/// </summary>
internal interface IDeferredResult
{
    /// <summary>The task the pool completes.</summary>
    Task Inner { get; }

    /// <summary>
    /// Ends the result as <see cref="Inner"/> ended (which it must have); a no-op once the result has run. Safe to call from
    /// several threads: the first runs it.
    /// </summary>
    void Release();
}
