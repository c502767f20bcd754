namespace Multiprocessing;

/// <summary>What a <see cref="LockScope"/> holds: a lock, a semaphore unit or a condition's lock.</summary>
internal interface IReleasable
{
    /// <summary>Acquires it (the type's own <c>Acquire(block, timeout)</c>).</summary>
    /// <returns>Whether it was acquired (always, when blocking without a timeout).</returns>
    bool Acquire(bool block, TimeSpan? timeout);

    /// <summary>Releases what the scope holds, once.</summary>
    void Release();
}
