namespace Multiprocessing.Ipc;

/// <summary>
/// One kind of ring operation for <see cref="RingWaitOperation{TSelf, TResult}.Settle{TAttempt}"/>: a pipe's receive,
/// a queue's get or put. A struct, so that the loop is compiled for each kind with its calls inlined (no virtual call
/// or delegate per attempt).
/// </summary>
/// <typeparam name="TResult">What the operation produces.</typeparam>
internal interface IRingAttempt<TResult>
{
    /// <summary>Tries the operation once, without waiting.</summary>
    /// <param name="result">The result, when the status is <see cref="RingStatus.Ok"/>.</param>
    /// <param name="lockBusy">Whether the attempt failed on the ring's lock (rather than on an empty or full ring).</param>
    /// <returns>Ok, TimedOut (it would have to wait), or a status that ends the wait.</returns>
    RingStatus TryOnce(out TResult result, out bool lockBusy);

    /// <summary>After a TimedOut attempt: arms <paramref name="operation"/> on the word to sleep on.</summary>
    /// <returns>False: the ring changed meanwhile, try again at once.</returns>
    bool Arm(WaitOperation operation, bool lockBusy);

    /// <summary>The exception a status other than Ok and TimedOut ends the wait with.</summary>
    Exception Failure(RingStatus status);
}
