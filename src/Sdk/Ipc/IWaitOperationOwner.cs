namespace Multiprocessing.Ipc;

/// <summary>What holds a registered <see cref="WaitOperation"/> while it sleeps: a <see cref="UringWaiter"/> or a <see cref="FutexWaiterThread"/>.</summary>
internal interface IWaitOperationOwner
{
    /// <summary>Drops a claimed operation (its wait was cancelled): its word is no longer slept on.</summary>
    void Remove(WaitOperation operation);
}
