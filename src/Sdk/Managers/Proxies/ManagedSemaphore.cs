using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A counting semaphore held by a manager server (Python's <c>manager.Semaphore(value)</c>, or
/// <c>BoundedSemaphore</c> when created with a maximum).
/// </summary>
public sealed class ManagedSemaphore : ManagerProxy, IProcessHandle<ManagedSemaphore>
{
    internal ManagedSemaphore(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>The semaphore's value at this moment.</summary>
    public int Value
    {
        get
        {
            Begin(ManagerOp.SemaphoreValue);
            return BitConverter.ToInt32(Call());
        }
    }

    /// <summary>Decrements the value, waiting while it is 0.</summary>
    /// <param name="block">False: try once and return at once.</param>
    /// <param name="timeout">How long to wait when blocking; null waits forever.</param>
    /// <returns>Whether it was acquired.</returns>
    public bool Acquire(bool block = true, TimeSpan? timeout = null)
    {
        WriteTimeout(Begin(ManagerOp.SemaphoreAcquire), block, timeout);
        return Call()[0] != 0;
    }

    /// <summary>Increments the value by <paramref name="count"/>, waking waiters.</summary>
    /// <param name="count">How much (1 or more).</param>
    /// <exception cref="InvalidOperationException">A bounded semaphore would exceed its maximum.</exception>
    public void Release(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Begin(ManagerOp.SemaphoreRelease).WriteUnmanaged(count);
        Call();
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedSemaphore>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedSemaphore>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedSemaphore IProcessHandle<ManagedSemaphore>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
