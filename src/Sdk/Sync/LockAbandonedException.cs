namespace Multiprocessing;

/// <summary>
/// The process that held a <see cref="ProcessLock"/> died without releasing it. The lock now belongs to the caller,
/// as with .NET's <see cref="AbandonedMutexException"/>: the state it protects may be half-updated, so check it, then
/// release the lock as usual.
/// </summary>
public sealed class LockAbandonedException : ProcessException
{
    /// <summary>Creates the exception for a lock whose holder died.</summary>
    /// <param name="lockName">The lock's name.</param>
    /// <param name="deadHolder">The liveness token of the process that held it (see <see cref="DeadHolder"/>).</param>
    public LockAbandonedException(string lockName, int deadHolder)
        : base($"Process lock '{lockName}' was held by a process (liveness token {deadHolder:x8}) that died without releasing it. " +
               "The lock is now held by the caller: check the state it protects, then release it.")
    {
        DeadHolder = deadHolder;
    }

    /// <summary>
    /// The liveness token of the process that died holding the lock: the number a process's locks and segments carry
    /// instead of its pid (a pid names another process, or none, in another pid namespace sharing the memory). Not a
    /// pid: it matches the <c>mp.net-&lt;token as 8 hex digits&gt;-…</c> names of the segments that process created.
    /// </summary>
    public int DeadHolder { get; }
}
