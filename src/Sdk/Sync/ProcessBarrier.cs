using System.Diagnostics;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A barrier shared by processes (Python's <c>multiprocessing.Barrier(parties, action, timeout)</c>): each of
/// <see cref="Parties"/> threads calls <see cref="Wait(TimeSpan?)"/>, and all of them return together once the last one has
/// arrived; then the barrier is ready for the next round. Pass it to a <see cref="ProcessTargetAttribute"/> method; the
/// child uses the same barrier.
/// </summary>
/// <remarks>
/// <para>The count of arrivals and a slot per waiting thread (a futex word and its process's liveness token, never a pid) live in shared memory, guarded
/// by a small process lock. The last arrival moves every waiter's slot to "passed" and wakes it; waiters spin briefly
/// (only with more than one CPU), then sleep in the kernel: waiting uses no CPU.</para>
/// <para>The action cannot cross processes (a delegate does not travel): each process gives its own to
/// <see cref="Create"/> or <see cref="Attach"/>, and the action of the process whose thread arrives last runs, once per
/// round, before the others are released (as in Python). If it throws, the barrier breaks.</para>
/// <para>Dead peers: a party that dies while waiting was counted and does not stop the round; one that dies before it
/// arrives cannot be told from a slow one, so the others wait until their timeout (which breaks the barrier, as in
/// Python): pass a timeout when a peer may die. A process that dies while it updates the barrier's count breaks the
/// barrier.</para>
/// </remarks>
public sealed unsafe class ProcessBarrier : IDisposable, IProcessHandle<ProcessBarrier>
{
    private const int MutexOffset = SegmentHeader.Size; // BarrierHeader.Mutex: the ProcessLock guarding everything after it
    private const int SlotsOffset = BarrierHeader.Size;
    private const int SlotSize = 16;                     // sizeof(BarrierSlot)
    private const int Free = 0, Waiting = 1, Passed = 2, Broke = 3;

    private readonly SharedMemoryBlock _block;
    private readonly ProcessLock _mutex;
    private readonly Action? _action;

    private ProcessBarrier(SharedMemoryBlock block, Action? action)
    {
        _block = block;
        _mutex = new ProcessLock(block, MutexOffset, ownsBlock: false);
        _action = action;
    }

    /// <summary>The barrier's name, for <see cref="Attach"/>.</summary>
    public string Name => _block.Name;

    /// <summary>The number of threads that must arrive for the barrier to open.</summary>
    public int Parties => Header->Parties;

    /// <summary>How many threads wait at the barrier now (Python's <c>n_waiting</c>).</summary>
    public int NWaiting => Volatile.Read(ref Header->Count);

    /// <summary>Whether the barrier is broken (Python's <c>broken</c>): every wait throws until <see cref="Reset"/>.</summary>
    public bool Broken => Volatile.Read(ref Header->Broken) != 0;

    /// <summary>The timeout that <see cref="Wait(TimeSpan?)"/> uses when given none (null: none).</summary>
    public TimeSpan? DefaultTimeout => Header->Timeout is var ticks && ticks >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>How many rounds have completed or been reset; for tests.</summary>
    internal int Generation => Volatile.Read(ref Header->Generation);

    private BarrierHeader* Header => (BarrierHeader*)_block.Pointer;

    /// <summary>Creates a barrier for <paramref name="parties"/> threads, owned (as shared memory) by this process.</summary>
    /// <param name="parties">How many threads must arrive (at least 1).</param>
    /// <param name="action">Run by this process when one of its threads arrives last, before the others are released.</param>
    /// <param name="timeout">The default timeout of <see cref="Wait(TimeSpan?)"/> in every process; null waits forever.</param>
    /// <returns>The barrier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Parties is below 1, or the timeout is negative.</exception>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static ProcessBarrier Create(int parties, Action? action = null, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parties, 1);
        if (timeout is { } t && t < TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "A timeout must be zero or positive (or null / Timeout.InfiniteTimeSpan to wait without a limit).");
        }

        SyncWait.EnsureSupported(nameof(ProcessBarrier));
        int capacity = checked((parties * 2) + 16); // waiting threads, plus woken ones that have not left yet
        var block = SharedMemoryBlock.CreateReserved(SlotsOffset + ((long)capacity * SlotSize), "a barrier");
        var header = (BarrierHeader*)block.Pointer;
        header->Parties = parties;
        header->Capacity = capacity;
        header->Timeout = timeout is { } d && d != Timeout.InfiniteTimeSpan ? d.Ticks : -1;
        SegmentHeader.Stamp(block, SegmentHeader.Barrier);
        return new ProcessBarrier(block, action);
    }

    /// <summary>Opens the barrier named <paramref name="name"/> (from <see cref="Name"/>, in any process).</summary>
    /// <param name="name">The barrier's name.</param>
    /// <param name="action">This process's action, run when one of its threads arrives last.</param>
    /// <returns>The barrier (disposing it unmaps it; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No barrier has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The name belongs to something else.</exception>
    public static ProcessBarrier Attach(string name, Action? action = null)
    {
        SyncWait.EnsureSupported(nameof(ProcessBarrier));
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Barrier, nameof(ProcessBarrier), SlotsOffset);
        if (block.Size < SlotsOffset + ((long)((BarrierHeader*)block.Pointer)->Capacity * SlotSize))
        {
            block.Dispose();
            throw new ArgumentException($"Barrier '{name}' is truncated.", nameof(name));
        }

        return new ProcessBarrier(block, action);
    }

    /// <summary>
    /// Arrives at the barrier and waits until all <see cref="Parties"/> have arrived (Python's <c>wait(timeout)</c>).
    /// </summary>
    /// <param name="timeout">How long to wait; null uses <see cref="DefaultTimeout"/>; <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits forever. When it passes, the barrier breaks (as in Python) and every waiter gets the exception.</param>
    /// <returns>The arrival index, 0 to Parties - 1, different for each thread of a round (Python's return value).</returns>
    /// <exception cref="BrokenBarrierException">The barrier is or became broken: aborted, reset during the wait, timed
    /// out, its action threw, or a process died while it updated the barrier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    public int Wait(TimeSpan? timeout = null) => Wait(timeout, CancellationToken.None);

    /// <summary>Arrives at the barrier and waits until all parties have arrived or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting: as a timeout does, that breaks the barrier for everyone.</param>
    /// <returns>The arrival index, 0 to Parties - 1.</returns>
    /// <exception cref="BrokenBarrierException">The barrier is or became broken.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the round completed (the barrier is broken).</exception>
    public int Wait(CancellationToken cancellationToken) => Wait(null, cancellationToken);

    /// <summary>
    /// Arrives at the barrier and waits until all <see cref="Parties"/> have arrived, the time runs out or the token
    /// is cancelled; as a timeout does, a cancellation breaks the barrier for everyone (as in Python).
    /// </summary>
    /// <param name="timeout">How long to wait; null uses <see cref="DefaultTimeout"/>; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The arrival index, 0 to Parties - 1, different for each thread of a round.</returns>
    /// <exception cref="BrokenBarrierException">The barrier is or became broken.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the round completed (the barrier is broken).</exception>
    public int Wait(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long deadline = SyncWait.Deadline(timeout ?? DefaultTimeout);
        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        byte* p = pin.Pointer;
        var header = (BarrierHeader*)p;
        BarrierSlot* slot;
        int index;
        while (true)
        {
            Enter("wait at");
            if (header->Broken != 0)
            {
                _mutex.Release();
                throw new BrokenBarrierException($"Barrier '{Name}' is broken: call Reset() to use it again.");
            }

            index = header->Count;
            if (index + 1 >= header->Parties)
            {
                Trip(p);
                return index;
            }

            int free = TakeSlot(p);
            if (free >= 0)
            {
                slot = Slot(p, free);
                slot->Token = ProcessIdentity.Token;
                Volatile.Write(ref slot->State, Waiting);
                Volatile.Write(ref header->Count, index + 1);
                _mutex.Release();
                break;
            }

            // Every slot belongs to a live thread that was released and has not left yet: let them go first.
            _mutex.Release();
            if (SyncWait.Remaining(deadline) == TimeSpan.Zero)
            {
                throw new TimeoutException($"Barrier '{Name}' had no free slot within the timeout.");
            }

            Thread.Sleep(1);
        }

        var spin = new SpinWait();
        using var registration = SyncWait.WakeOnCancel(cancellationToken, &slot->State);
        while (Volatile.Read(ref slot->State) == Waiting)
        {
            if (SpinGate.Pays && !spin.NextSpinWillYield)
            {
                spin.SpinOnce(); // the last party may be microseconds away
                continue;
            }

            var remaining = SyncWait.Remaining(deadline);
            if (remaining == TimeSpan.Zero || _block.IsDisposed || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            Futex.TryWait(&slot->State, Waiting, remaining);
        }

        if (Volatile.Read(ref slot->State) == Waiting)
        {
            // The time ran out: as in Python, that breaks the barrier for everyone (unless the round completed meanwhile).
            try
            {
                Enter("time out at");
                if (Volatile.Read(ref slot->State) == Waiting)
                {
                    BreakLocked(p);
                }

                _mutex.Release();
            }
            catch (BrokenBarrierException)
            {
                // broken by a dead process meanwhile: our slot says so
            }
        }

        int outcome = Volatile.Read(ref slot->State);
        Volatile.Write(ref slot->State, Free);
        if (outcome != Passed && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"The wait at barrier '{Name}' was cancelled; the barrier is broken (call Reset() to use it again).", cancellationToken);
        }

        return outcome == Passed
            ? index
            : throw new BrokenBarrierException(
                Volatile.Read(ref header->Broken) != 0 && SyncWait.Remaining(deadline) == TimeSpan.Zero
                    ? $"Barrier '{Name}' broke: the wait timed out before all {header->Parties} parties arrived."
                    : $"Barrier '{Name}' was aborted or reset while this thread waited.");
    }

    /// <summary>
    /// Breaks the barrier (Python's <c>abort()</c>): every thread waiting now, and every later <see cref="Wait(TimeSpan?)"/>, gets
    /// <see cref="BrokenBarrierException"/> until <see cref="Reset"/>.
    /// </summary>
    public void Abort()
    {
        EnterRepairing();
        BreakLocked(_block.Pointer);
        _mutex.Release();
    }

    /// <summary>
    /// Returns the barrier to its empty, unbroken state (Python's <c>reset()</c>); threads waiting now get
    /// <see cref="BrokenBarrierException"/>.
    /// </summary>
    public void Reset()
    {
        EnterRepairing();
        byte* p = _block.Pointer;
        var header = (BarrierHeader*)p;
        Release(p, Broke);
        header->Count = 0;
        Volatile.Write(ref header->Broken, 0);
        header->Generation++;
        _mutex.Release();
    }

    /// <summary>Unmaps the barrier; the creating process also removes it.</summary>
    public void Dispose() => _block.Dispose();

    private static BarrierSlot* Slot(byte* p, int index) => (BarrierSlot*)(p + SlotsOffset) + index;

    /// <summary>Takes the barrier's lock; a process that died holding it broke the barrier.</summary>
    private void Enter(string what)
    {
        try
        {
            _mutex.Acquire();
        }
        catch (LockAbandonedException ex)
        {
            BreakLocked(_block.Pointer);
            _mutex.Release();
            throw new BrokenBarrierException($"Cannot {what} barrier '{Name}': a process (liveness token {ex.DeadHolder:x8}) died while it updated it, which broke it.", ex);
        }
    }

    /// <summary>Takes the barrier's lock for Abort or Reset, which put the barrier in a known state anyway.</summary>
    private void EnterRepairing()
    {
        try
        {
            _mutex.Acquire();
        }
        catch (LockAbandonedException)
        {
            // held now; what the dead process left half-done is overwritten by the caller
        }
    }

    /// <summary>The last arrival (under the lock): runs the action, then releases every waiter of the round.</summary>
    private void Trip(byte* p)
    {
        Debug.Assert(_mutex.IsHeldByCurrentThread, "Trip runs under the barrier's lock.");
        var header = (BarrierHeader*)p;
        if (_action is not null)
        {
            try
            {
                _action();
            }
            catch (Exception ex)
            {
                BreakLocked(p);
                _mutex.Release();
                throw new BrokenBarrierException($"The action of barrier '{Name}' threw, which broke the barrier.", ex);
            }
        }

        Release(p, Passed);
        header->Count = 0;
        header->Generation++;
        _mutex.Release();
    }

    /// <summary>Breaks the barrier (under the lock): every waiter gets the exception.</summary>
    private void BreakLocked(byte* p)
    {
        Debug.Assert(_mutex.IsHeldByCurrentThread, "BreakLocked runs under the barrier's lock.");
        var header = (BarrierHeader*)p;
        Volatile.Write(ref header->Broken, 1);
        Release(p, Broke);
        header->Count = 0;
    }

    /// <summary>Gives every waiting slot its outcome and wakes its thread (under the lock).</summary>
    private void Release(byte* p, int outcome)
    {
        Debug.Assert(_mutex.IsHeldByCurrentThread, "Release runs under the barrier's lock.");
        int capacity = ((BarrierHeader*)p)->Capacity;
        for (int i = 0; i < capacity; i++)
        {
            BarrierSlot* slot = Slot(p, i);
            if (Volatile.Read(ref slot->State) == Waiting)
            {
                Interlocked.Exchange(ref slot->State, outcome);
                Futex.Wake(&slot->State, 1);
            }
        }
    }

    /// <summary>A free slot (under the lock), or one whose thread's process died; -1 when every slot is in use.</summary>
    private int TakeSlot(byte* p)
    {
        Debug.Assert(_mutex.IsHeldByCurrentThread, "TakeSlot runs under the barrier's lock.");
        int capacity = ((BarrierHeader*)p)->Capacity;
        for (int i = 0; i < capacity; i++)
        {
            if (Volatile.Read(ref Slot(p, i)->State) == Free)
            {
                return i;
            }
        }

        for (int i = 0; i < capacity; i++)
        {
            BarrierSlot* slot = Slot(p, i);
            if (Volatile.Read(ref slot->State) != Waiting && !SyncWait.IsAlive(slot->Token))
            {
                Volatile.Write(ref slot->State, Free);
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    static ProcessBarrier IProcessHandle<ProcessBarrier>.Attach(string name, ref MarshalReader data) => Attach(name);
}
