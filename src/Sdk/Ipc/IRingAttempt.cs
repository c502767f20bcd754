namespace Multiprocessing.Ipc;

/// <summary>
/// What one kind of async wait on a ring does (a queue's get, put, join or completion wait, a pipe's receive), for
/// <see cref="RingWaitOperation{TAttempt, TResult}"/>, the one operation class that serves them all. A struct holding
/// the wait's state, so that the operation is compiled for each kind with these calls made directly (no virtual call
/// or delegate per attempt), as a generic over a struct policy.
/// </summary>
/// <typeparam name="TResult">What the wait produces.</typeparam>
internal interface IRingAttempt<TResult>
{
    /// <summary>The most idle operations of this kind kept for reuse.</summary>
    static abstract int PoolSize { get; }

    /// <summary>The ring waited on.</summary>
    SharedRing Ring { get; }

    /// <summary>Whether the handle waited through was closed in this process (the wait then wakes and fails).</summary>
    bool IsClosed { get; }

    /// <summary>Throws the handle's <see cref="ObjectDisposedException"/> when it was closed in this process.</summary>
    void ThrowIfClosed();

    /// <summary>Tries the operation once, without waiting.</summary>
    /// <param name="result">The result, when the status is <see cref="RingStatus.Ok"/>.</param>
    /// <param name="lockBusy">Whether the attempt failed on the ring's lock (rather than on the ring's state).</param>
    /// <returns>Ok, TimedOut (it would have to wait), or a status that ends the wait.</returns>
    RingStatus TryOnce(out TResult result, out bool lockBusy);

    /// <summary>After a TimedOut attempt: arms <paramref name="operation"/> on the word to sleep on.</summary>
    /// <returns>False: the ring changed meanwhile, try again at once.</returns>
    bool Arm(WaitOperation operation, bool lockBusy);

    /// <summary>The exception a status other than Ok and TimedOut ends the wait with.</summary>
    Exception Failure(RingStatus status);
}
