namespace Multiprocessing.Ipc;

/// <summary>Arming async waits (<see cref="WaitOperation"/>) on the ring's futex words.</summary>
internal sealed unsafe partial class SharedRing
{
    /// <summary>
    /// After a read that could not be done without waiting: arms <paramref name="operation"/> on the word to sleep on
    /// (the consumer lock when <paramref name="lockBusy"/>, else the data sequence word, counting it as a sleeper so
    /// producers wake it). False: the state changed meanwhile, try again at once.
    /// </summary>
    internal bool ArmRead(WaitOperation operation, bool lockBusy) =>
        lockBusy
            ? ArmLock(operation, &_h->ConsumerLock, &_h->ConsumerWaiters)
            : ArmSequence(operation, &_h->DataSeq, &_h->DataSleepers, watchesPeers: TrackHolders || HasOtherProducers(), stillWaiting: () => !IsReadable && !IsCompleted);

    /// <summary>
    /// After a write that could not be done without waiting: arms <paramref name="operation"/> on the producer lock or
    /// the space sequence word (consumers wake it when they free room). False: try again at once.
    /// </summary>
    /// <param name="operation">The pending write.</param>
    /// <param name="lockBusy">Whether the write failed on the producer lock.</param>
    /// <param name="getCount">The consumers' count of messages taken, read before the failed attempt: any read since frees room.</param>
    internal bool ArmWrite(WaitOperation operation, bool lockBusy, long getCount) =>
        lockBusy
            ? ArmLock(operation, &_h->ProducerLock, &_h->ProducerWaiters)
            : ArmSequence(operation, &_h->SpaceSeq, &_h->SpaceSleepers, watchesPeers: TrackHolders, stillWaiting: () => Volatile.Read(ref _h->GetCount) == getCount && !IsCompleted);

    /// <summary>The consumers' count of messages taken so far.</summary>
    internal long GetCount => Volatile.Read(ref _h->GetCount);

    /// <summary>Arms <paramref name="operation"/> on the unfinished-task count of a joinable queue; false when it is zero.</summary>
    internal bool ArmJoin(WaitOperation operation)
    {
        int current = Volatile.Read(ref _h->Unfinished);
        if (current == 0)
        {
            return false;
        }

        Interlocked.Increment(ref _h->UnfinishedSleepers);
        operation.Arm(&_h->Unfinished, current, &_h->UnfinishedSleepers, watchesPeers: false);
        return true;
    }

    /// <summary>Arms <paramref name="operation"/> on the data sequence word, for a wait on the completion of the ring.</summary>
    internal void ArmCompletion(WaitOperation operation)
    {
        // Readers taking the last message bump the space word when someone sleeps there; a Complete bumps both.
        int seq = Volatile.Read(ref _h->SpaceSeq);
        Interlocked.Increment(ref _h->SpaceSleepers);
        operation.Arm(&_h->SpaceSeq, seq, &_h->SpaceSleepers, watchesPeers: false);
    }

    /// <summary>On a liveness tick: whether a process an armed wait depends on may have died.</summary>
    internal bool PeerMayBeGone(WaitOperation operation)
    {
        if (operation.Word == &_h->ConsumerLock || operation.Word == &_h->ProducerLock)
        {
            return !SyncWait.IsAlive(operation.Expected);
        }

        return TrackHolders ? !AnyHolderAlive(_h->Writers) || !AnyHolderAlive(_h->Readers) : ProducersGone();
    }
}
