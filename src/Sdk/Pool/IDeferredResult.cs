namespace Multiprocessing.Pool;

/// <summary>
/// A public result task (<see cref="AsyncResult"/>, <see cref="AsyncResult{T}"/>) that mirrors an inner, promise-style
/// task: <see cref="DeferredResultScheduler"/> runs it once the inner one has finished.
/// </summary>
internal interface IDeferredResult
{
    /// <summary>The task the pool completes.</summary>
    Task Inner { get; }

    /// <summary>Cancelled when <see cref="Inner"/> ends cancelled, so the mirror ends <see cref="TaskStatus.Canceled"/> too.</summary>
    CancellationTokenSource Cancellation { get; }
}
