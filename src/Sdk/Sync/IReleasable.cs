namespace Multiprocessing;

/// <summary>What a <see cref="LockScope"/> releases: a lock, a semaphore unit or a condition's lock.</summary>
internal interface IReleasable
{
    /// <summary>Releases what the scope holds, once.</summary>
    void Release();
}
