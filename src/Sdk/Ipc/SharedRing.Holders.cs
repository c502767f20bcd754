using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>The processes that hold a pipe's ends, and the processes that put into a queue (its producers).</summary>
internal sealed unsafe partial class SharedRing
{
    private bool TrackHolders => (Flags & FlagTrackHolders) != 0;

    /// <summary>Registers this process as a holder of the writing or reading end; returns the slot.</summary>
    internal int AddHolder(bool writer, bool pending = false)
    {
        int* slots = writer ? _h->Writers : _h->Readers;
        int me = ProcessIdentity.Token;
        if (!pending)
        {
            // A handle marshalled to this process reserved a slot for it: take that one over.
            for (int i = 0; i < HolderSlots; i++)
            {
                ref int slot = ref slots[i];
                int value = Volatile.Read(ref slot);
                if (value < 0 && Interlocked.CompareExchange(ref slot, me, value) == value)
                {
                    return i;
                }
            }
        }

        int claim = pending ? -me : me;
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < HolderSlots; i++)
            {
                ref int slot = ref slots[i];
                int value = Volatile.Read(ref slot);
                if ((value == 0 || (round == 1 && !SyncWait.IsAlive(Math.Abs(value)))) && Interlocked.CompareExchange(ref slot, claim, value) == value)
                {
                    return i;
                }
            }
        }

        throw new InvalidOperationException($"Pipe '{_name}' is held by {HolderSlots} live handles already; close some of them first.");
    }

    /// <summary>Gives up a holder slot and wakes the other end, so that it sees end of stream or a broken pipe.</summary>
    internal void RemoveHolder(bool writer, int slot)
    {
        int* slots = writer ? _h->Writers : _h->Readers;
        Volatile.Write(ref slots[slot], 0);
        Interlocked.Increment(ref _h->DataSeq);
        Futex.Wake(&_h->DataSeq, int.MaxValue);
        Interlocked.Increment(ref _h->SpaceSeq);
        Futex.Wake(&_h->SpaceSeq, int.MaxValue);
    }

    /// <summary>Whether any live process holds either end of this ring.</summary>
    internal bool HasLiveHolders() => AnyHolderAlive(_h->Writers) || AnyHolderAlive(_h->Readers);

    private static bool AnyHolderAlive(int* slots)
    {
        for (int i = 0; i < HolderSlots; i++)
        {
            int value = Volatile.Read(ref slots[i]);
            if (value != 0 && SyncWait.IsAlive(Math.Abs(value)))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// Records this process as a producer of the queue (a process that put into it), in the writers' slots that a
    /// pipe uses for its holders: a consumer waiting on an empty queue whose recorded producers are all dead knows
    /// nothing will come. With more live producers than slots, the queue stops telling (it waits, as before).
    /// </summary>
    internal void AddProducer()
    {
        int me = ProcessIdentity.Token;
        for (int i = 0; i < HolderSlots; i++)
        {
            if (Volatile.Read(ref _h->Writers[i]) == me)
            {
                return;
            }
        }

        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < HolderSlots; i++)
            {
                ref int slot = ref _h->Writers[i];
                int value = Volatile.Read(ref slot);
                if ((value == 0 || (round == 1 && !SyncWait.IsAlive(value))) && Interlocked.CompareExchange(ref slot, me, value) == value)
                {
                    return;
                }
            }
        }

        Volatile.Write(ref _h->ProducersOverflow, 1);
    }

    /// <summary>This process stops being a producer (its handle closed, or it exits normally): that is not a death.</summary>
    internal void RemoveProducer()
    {
        int me = ProcessIdentity.Token;
        for (int i = 0; i < HolderSlots; i++)
        {
            _ = Interlocked.CompareExchange(ref _h->Writers[i], 0, me);
        }
    }

    /// <summary>Whether the queue recorded producers and every one of them died without closing its handle.</summary>
    internal bool ProducersGone()
    {
        if (Volatile.Read(ref _h->ProducersOverflow) != 0)
        {
            return false;
        }

        bool any = false;
        for (int i = 0; i < HolderSlots; i++)
        {
            int value = Volatile.Read(ref _h->Writers[i]);
            if (value != 0)
            {
                if (SyncWait.IsAlive(value))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private bool HasOtherProducers()
    {
        int me = ProcessIdentity.Token;
        for (int i = 0; i < HolderSlots; i++)
        {
            int value = Volatile.Read(ref _h->Writers[i]);
            if (value != 0 && value != me)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ArmLock(WaitOperation operation, int* word, int* waiters)
    {
        int holder = Volatile.Read(ref *word);
        if (holder == 0)
        {
            return false;
        }

        Interlocked.Increment(ref *waiters);
        operation.Arm(word, holder, waiters, watchesPeers: true);
        if (Volatile.Read(ref *word) != holder)
        {
            operation.Disarm();
            return false;
        }

        return true;
    }

    private static bool ArmSequence(WaitOperation operation, int* sequence, int* sleepers, bool watchesPeers, Func<bool> stillWaiting)
    {
        int seq = Volatile.Read(ref *sequence);
        Interlocked.Increment(ref *sleepers); // a full fence: the other side's next publish sees the sleeper
        operation.Arm(sequence, seq, sleepers, watchesPeers);
        if (!stillWaiting())
        {
            operation.Disarm();
            return false;
        }

        return true;
    }
}
