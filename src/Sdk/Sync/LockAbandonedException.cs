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
    /// <param name="deadHolder">The pid of the process that held it.</param>
    public LockAbandonedException(string lockName, int deadHolder)
        : base($"Process lock '{lockName}' was held by process {deadHolder}, which died without releasing it. " +
               "The lock is now held by the caller: check the state it protects, then release it.")
    {
        DeadHolder = deadHolder;
    }

    /// <summary>The pid of the process that died holding the lock.</summary>
    public int DeadHolder { get; }
}
