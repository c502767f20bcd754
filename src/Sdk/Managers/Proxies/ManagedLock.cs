using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A lock held by a manager server (Python's <c>manager.Lock()</c> / <c>manager.RLock()</c>), usable by any process
/// with the proxy, local or remote. It is owned by the thread that acquired it: releasing a lock you do not hold throws
/// <see cref="SynchronizationLockException"/>, and a process that dies holding it releases it.
/// </summary>
public sealed class ManagedLock : ManagerProxy, IProcessHandle<ManagedLock>, IReleasable
{
    internal ManagedLock(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>Acquires the lock (Python's <c>acquire(block, timeout)</c>).</summary>
    /// <param name="block">False: try once and return at once.</param>
    /// <param name="timeout">How long to wait when blocking; null waits forever.</param>
    /// <returns>Whether the lock was acquired.</returns>
    public bool Acquire(bool block = true, TimeSpan? timeout = null)
    {
        WriteTimeout(Begin(ManagerOp.LockAcquire), block, timeout);
        return Call()[0] != 0;
    }

    /// <summary>Releases the lock.</summary>
    /// <exception cref="SynchronizationLockException">This thread does not hold it.</exception>
    public void Release()
    {
        Begin(ManagerOp.LockRelease);
        Call();
    }

    /// <summary>Acquires the lock and returns a scope that releases it (Python's <c>with lock:</c>).</summary>
    /// <returns>The scope; dispose it to release.</returns>
    public LockScope Lock() => LockScope.Enter(this);

    /// <inheritdoc />
    string IProcessHandle<ManagedLock>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedLock>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedLock IProcessHandle<ManagedLock>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
