using System.Diagnostics;

namespace Multiprocessing.Ipc;

/// <summary>
/// What a waiter (<see cref="UringWaiter"/> or <see cref="FutexWaiterThread"/>) sees of a pending async wait (<see cref="WaitOperation{TResult}"/>): the
/// word slept on, the value it held, the deadline, and how to claim and run the operation.
/// </summary>
internal abstract unsafe class WaitOperation : IThreadPoolWorkItem
{
    private const int Running = 0, Registered = 1;
    private int _state;
    private int* _sleepers;

    /// <summary>The word slept on (set by <see cref="Arm"/>).</summary>
    internal int* Word;

    /// <summary>The value the word held when the operation was armed; any other value wakes it.</summary>
    internal int Expected;

    /// <summary>The <see cref="Stopwatch"/> deadline of the whole wait (<see cref="long.MaxValue"/>: none).</summary>
    internal long Deadline = long.MaxValue;

    /// <summary>
    /// Whether the wait depends on another process being alive (a lock holder, a pipe's other end, a queue's
    /// producers): the waiter then looks again every <see cref="SpinPolicy.LivenessPeriod"/>, as a blocking wait does.
    /// </summary>
    internal bool WatchesPeers;

    /// <summary>The waiter holding the operation while it is registered.</summary>
    internal IWaitOperationOwner? Owner;

    /// <summary>The operation's index in a <see cref="FutexWaiterThread"/>'s table.</summary>
    internal int Index;

    /// <summary>The user data of the operation's pending io_uring request (<see cref="UringWaiter"/>; 0: none yet).</summary>
    internal ulong Ticket;

    /// <summary>Arms the operation on a word: it sleeps until the word leaves <paramref name="expected"/>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="expected">The value read before the last check of the condition.</param>
    /// <param name="sleepers">The sleeper count already incremented for this wait (decremented by <see cref="Disarm"/>), or null.</param>
    /// <param name="watchesPeers">Whether to look again every liveness period.</param>
    internal void Arm(int* word, int expected, int* sleepers, bool watchesPeers)
    {
        Word = word;
        Expected = expected;
        _sleepers = sleepers;
        WatchesPeers = watchesPeers;
    }

    /// <summary>Undoes <see cref="Arm"/>'s sleeper count (the memory must still be mapped).</summary>
    internal void Disarm()
    {
        if (_sleepers is not null)
        {
            Interlocked.Decrement(ref *_sleepers);
            _sleepers = null;
        }
    }

    /// <summary>Whether the waiter should run the operation now (called on the waiter's thread).</summary>
    internal virtual bool IsSignaled() => Volatile.Read(ref *Word) != Expected;

    /// <summary>On a liveness tick: whether a process the wait depends on may have died (the operation then runs).</summary>
    internal virtual bool PeerMayBeGone() => true;

    /// <summary>The waiter thread (or a cancellation) claims the operation to run it; false: someone else did.</summary>
    internal bool TryClaim() => Interlocked.CompareExchange(ref _state, Running, Registered) == Registered;

    /// <summary>Marks the operation as sleeping in a waiter thread's table (under that thread's lock).</summary>
    internal void MarkRegistered() => Volatile.Write(ref _state, Registered);

    /// <inheritdoc />
    public abstract void Execute();
}
