using System.Diagnostics;
using System.Text;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A condition variable shared by processes (Python's <c>multiprocessing.Condition(lock=None)</c>): threads that hold
/// its lock <see cref="Wait(TimeSpan?)"/> until another thread, in any process, calls <see cref="Notify"/> or
/// <see cref="NotifyAll"/>. Pass it to a <see cref="ProcessTargetAttribute"/> method; the child uses the same condition
/// and the same lock.
/// </summary>
/// <remarks>
/// <para>The lock is a <see cref="ProcessRLock"/> of its own (Python's default) or the <see cref="ProcessLock"/> or
/// <see cref="ProcessRLock"/> given to <see cref="Create(ProcessRLock)"/>; the condition's memory records its name, so
/// <see cref="Attach"/> finds it. <see cref="Wait(TimeSpan?)"/> releases the lock completely (every level of a re-entrant one)
/// and takes it back at the same depth before it returns.</para>
/// <para>Each waiting thread takes a slot in the condition's memory: a futex word of its own, its process's liveness token (never a pid) and its place in
/// line. <see cref="Notify"/> wakes the longest-waiting threads first (as Python's does) and never spuriously: a
/// thread returns from <see cref="Wait(TimeSpan?)"/> with true only when a notification chose it. At most
/// <see cref="MaxWaiters"/> threads can wait at once.</para>
/// <para>Dead peers: a waiter whose process died is skipped (its slot is freed) so that a notification always reaches
/// a live waiter. A lock holder that died is reported as <see cref="LockAbandonedException"/> when the lock is taken
/// back. A notifier that dies before notifying cannot be detected: waiters wait until their timeout, so pass one when a
/// peer may die.</para>
/// </remarks>
public sealed unsafe class ProcessCondition : IDisposable, IProcessHandle<ProcessCondition>, IReleasable
{
    /// <summary>How many threads (of all processes) can wait on one condition at the same time.</summary>
    public const int MaxWaiters = (SegmentSize - SlotsOffset) / SlotSize;

    private const int SegmentSize = 4096;
    private const int OwnLockOffset = SegmentHeader.Size; // ConditionHeader.OwnLock, part of the lock's name "<name>#8"
    private const int SlotsOffset = ConditionHeader.Size;
    private const int SlotSize = 16;                      // sizeof(ConditionSlot)
    private const int MaxLockNameBytes = ConditionHeader.MaxLockNameBytes;
    private const int KindLock = 1, KindRLock = 2;
    private const int Free = 0, Waiting = 1, Notified = 2;

    private readonly SharedMemoryBlock _block;
    private readonly ProcessLock? _lock;
    private readonly ProcessRLock? _rlock;
    private readonly bool _ownsLock;
    private int _localSleepers;

    private ProcessCondition(SharedMemoryBlock block, ProcessLock? processLock, ProcessRLock? rlock, bool ownsLock)
    {
        _block = block;
        _lock = processLock;
        _rlock = rlock;
        _ownsLock = ownsLock;
    }

    /// <summary>The condition's name, for <see cref="Attach"/>.</summary>
    public string Name => _block.Name;

    /// <summary>The name of the condition's lock (a <see cref="ProcessLock"/> or <see cref="ProcessRLock"/>).</summary>
    public string LockName => _lock?.Name ?? _rlock!.Name;

    /// <summary>Whether the calling thread holds the condition's lock.</summary>
    public bool IsHeldByCurrentThread => _lock?.IsHeldByCurrentThread ?? _rlock!.IsHeldByCurrentThread;

    /// <summary>How many threads (of all processes) wait on the condition and were not notified yet; for tests.</summary>
    internal int WaitingCount
    {
        get
        {
            byte* p = _block.Pointer;
            int count = 0;
            for (int i = 0; i < MaxWaiters; i++)
            {
                count += Volatile.Read(ref Slot(p, i)->State) == Waiting ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Creates a condition with a <see cref="ProcessRLock"/> of its own (Python's <c>Condition()</c>).</summary>
    /// <returns>The condition, owned (as shared memory) by this process.</returns>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static ProcessCondition Create()
    {
        var block = CreateBlock();
        string lockName = $"{block.Name}#{OwnLockOffset}";
        WriteLock(block, KindRLock, lockName);
        return new ProcessCondition(block, null, new ProcessRLock(block, OwnLockOffset, lockName, ownsBlock: false), ownsLock: false);
    }

    /// <summary>Creates a condition over a <see cref="ProcessLock"/> (Python's <c>Condition(lock)</c>).</summary>
    /// <param name="processLock">The lock; it stays the caller's to dispose, after the condition.</param>
    /// <returns>The condition, owned (as shared memory) by this process.</returns>
    public static ProcessCondition Create(ProcessLock processLock)
    {
        ArgumentNullException.ThrowIfNull(processLock);
        var block = CreateBlock();
        WriteLock(block, KindLock, processLock.Name);
        return new ProcessCondition(block, processLock, null, ownsLock: false);
    }

    /// <summary>Creates a condition over a <see cref="ProcessRLock"/> (Python's <c>Condition(rlock)</c>).</summary>
    /// <param name="processLock">The lock; it stays the caller's to dispose, after the condition.</param>
    /// <returns>The condition, owned (as shared memory) by this process.</returns>
    public static ProcessCondition Create(ProcessRLock processLock)
    {
        ArgumentNullException.ThrowIfNull(processLock);
        var block = CreateBlock();
        WriteLock(block, KindRLock, processLock.Name);
        return new ProcessCondition(block, null, processLock, ownsLock: false);
    }

    /// <summary>Opens the condition named <paramref name="name"/> (from <see cref="Name"/>, in any process), and its lock.</summary>
    /// <param name="name">The condition's name.</param>
    /// <returns>The condition (disposing it unmaps it and the lock it opened; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No condition has that name, or its lock is gone.</exception>
    /// <exception cref="ArgumentException">The name belongs to something else.</exception>
    public static ProcessCondition Attach(string name)
    {
        SyncWait.EnsureSupported(nameof(ProcessCondition));
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Condition, nameof(ProcessCondition), SegmentSize);
        try
        {
            byte* p = block.Pointer;
            var header = (ConditionHeader*)p;
            int kind = header->LockKind;
            int length = header->LockNameLength;
            if (kind is not (KindLock or KindRLock) || length is < 1 or > MaxLockNameBytes)
            {
                throw new ArgumentException($"Condition '{name}' records no valid lock.", nameof(name));
            }

            string lockName = Encoding.UTF8.GetString(header->LockName, length);
            if (lockName == $"{name}#{OwnLockOffset}")
            {
                return new ProcessCondition(block, null, new ProcessRLock(block, OwnLockOffset, lockName, ownsBlock: false), ownsLock: false);
            }

            return kind == KindLock
                ? new ProcessCondition(block, ProcessLock.Attach(lockName), null, ownsLock: true)
                : new ProcessCondition(block, null, ProcessRLock.Attach(lockName), ownsLock: true);
        }
        catch
        {
            block.Dispose();
            throw;
        }
    }

    /// <summary>Acquires the condition's lock (Python's <c>acquire(block, timeout)</c>).</summary>
    /// <param name="block">False: return at once if another thread or process holds it.</param>
    /// <param name="timeout">How long to wait; null waits forever.</param>
    /// <returns>Whether the lock was acquired.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller.</exception>
    public bool Acquire(bool block = true, TimeSpan? timeout = null) => _lock?.Acquire(block, timeout) ?? _rlock!.Acquire(block, timeout);

    /// <summary>Releases the condition's lock (Python's <c>release()</c>).</summary>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold it.</exception>
    public void Release()
    {
        if (_lock is not null)
        {
            _lock.Release();
        }
        else
        {
            _rlock!.Release();
        }
    }

    /// <summary>Acquires the condition's lock for a <c>using</c> scope (Python's <c>with condition:</c>).</summary>
    /// <returns>A scope that releases the lock when disposed.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller (the scope was not
    /// entered: release it yourself once you have checked the state it protects).</exception>
    public LockScope Lock() => LockScope.Enter(this);

    /// <summary>
    /// Releases the lock, waits until notified or until <paramref name="timeout"/> passes, then takes the lock back
    /// (Python's <c>wait(timeout)</c>). The calling thread must hold the lock.
    /// </summary>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <returns>True when notified; false when the time ran out.</returns>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock (Python's RuntimeError).</exception>
    /// <exception cref="InvalidOperationException"><see cref="MaxWaiters"/> threads wait already.</exception>
    /// <exception cref="LockAbandonedException">A holder of the lock died while this thread waited; the lock is held
    /// again by the caller.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    public bool Wait(TimeSpan? timeout = null) => Wait(timeout, CancellationToken.None);

    /// <summary>Releases the lock, waits until notified or the token is cancelled, then takes the lock back.</summary>
    /// <param name="cancellationToken">Stops waiting (the lock is held again when the exception comes).</param>
    /// <returns>True (notified).</returns>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before a notification; the lock is held again.</exception>
    public bool Wait(CancellationToken cancellationToken) => Wait(null, cancellationToken);

    /// <summary>
    /// Releases the lock, waits until notified, until <paramref name="timeout"/> passes or the token is cancelled,
    /// then takes the lock back. A notification that came is never lost to a cancellation: it returns true.
    /// </summary>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <param name="cancellationToken">Stops waiting (the lock is held again when the exception comes).</param>
    /// <returns>True when notified; false when the time ran out.</returns>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock (Python's RuntimeError).</exception>
    /// <exception cref="InvalidOperationException"><see cref="MaxWaiters"/> threads wait already.</exception>
    /// <exception cref="LockAbandonedException">A holder of the lock died while this thread waited; the lock is held
    /// again by the caller.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before a notification; the lock is held again.</exception>
    public bool Wait(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ThrowIfNotHeld("wait on");
        long deadline = SyncWait.Deadline(timeout);
        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        byte* p = pin.Pointer;
        ConditionSlot* slot = Slot(p, TakeSlot(p));
        slot->Token = ProcessIdentity.Token;
        slot->Ticket = ++((ConditionHeader*)p)->Ticket;
        Volatile.Write(ref slot->State, Waiting);

        Interlocked.Increment(ref _localSleepers);
        bool disposed = false;
        int depth = _rlock?.ReleaseAll() ?? Release1();
        try
        {
            using var registration = SyncWait.WakeOnCancel(cancellationToken, &slot->State);
            var spin = new SpinWait();
            while (Volatile.Read(ref slot->State) == Waiting && !cancellationToken.IsCancellationRequested)
            {
                if (SpinGate.Pays && !spin.NextSpinWillYield)
                {
                    spin.SpinOnce(); // a notifier that holds the lock now may be microseconds away
                    continue;
                }

                if (_block.IsDisposed)
                {
                    disposed = true;
                    break;
                }

                var remaining = SyncWait.Remaining(deadline);
                if (remaining == TimeSpan.Zero)
                {
                    break;
                }

                Futex.TryWait(&slot->State, Waiting, remaining);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _localSleepers);
        }

        bool notified;
        try
        {
            if (_rlock is not null)
            {
                _rlock.AcquireRestore(depth);
            }
            else
            {
                _lock!.Acquire();
            }
        }
        finally
        {
            // Under the lock again (also after an abandoned report): a notification that raced with the timeout counts.
            notified = Volatile.Read(ref slot->State) == Notified;
            Volatile.Write(ref slot->State, Free);
        }

        ObjectDisposedException.ThrowIf(disposed, this);
        if (!notified)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return notified;
    }

    /// <summary>
    /// Waits until <paramref name="predicate"/> holds (Python's <c>wait_for(predicate, timeout)</c>): checks it, and
    /// while it is false waits for a notification and checks again, until the time runs out. The calling thread must
    /// hold the lock; the predicate runs while it is held.
    /// </summary>
    /// <param name="predicate">The condition to wait for.</param>
    /// <param name="timeout">How long to wait in all; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <returns>The predicate's last result: false only when the time ran out.</returns>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock.</exception>
    public bool WaitFor(Func<bool> predicate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ThrowIfNotHeld("wait on");
        long deadline = SyncWait.Deadline(timeout);
        bool result = predicate();
        while (!result)
        {
            var remaining = SyncWait.Remaining(deadline);
            if (remaining == TimeSpan.Zero)
            {
                break;
            }

            Wait(remaining);
            result = predicate();
        }

        return result;
    }

    /// <summary>
    /// Wakes up to <paramref name="n"/> threads waiting on the condition, longest-waiting first (Python's
    /// <c>notify(n)</c>). The calling thread must hold the lock; the woken threads return from <see cref="Wait(TimeSpan?)"/> once
    /// they get it back.
    /// </summary>
    /// <param name="n">How many waiters to wake (0 or more).</param>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock (Python's RuntimeError).</exception>
    public void Notify(int n = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ThrowIfNotHeld("notify");
        byte* p = _block.Pointer;
        while (n > 0)
        {
            int chosen = -1;
            long first = long.MaxValue;
            for (int i = 0; i < MaxWaiters; i++)
            {
                ConditionSlot* slot = Slot(p, i);
                if (Volatile.Read(ref slot->State) == Waiting && slot->Ticket < first)
                {
                    chosen = i;
                    first = slot->Ticket;
                }
            }

            if (chosen < 0)
            {
                return;
            }

            n -= Wake(Slot(p, chosen)) ? 1 : 0;
        }
    }

    /// <summary>Wakes every thread waiting on the condition (Python's <c>notify_all()</c>). The calling thread must hold the lock.</summary>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold the lock (Python's RuntimeError).</exception>
    public void NotifyAll()
    {
        ThrowIfNotHeld("notify");
        byte* p = _block.Pointer;
        for (int i = 0; i < MaxWaiters; i++)
        {
            ConditionSlot* slot = Slot(p, i);
            if (Volatile.Read(ref slot->State) == Waiting)
            {
                Wake(slot);
            }
        }
    }

    /// <summary>
    /// Unmaps the condition (and the lock it opened by name in <see cref="Attach"/>); the creating process also removes
    /// it. Threads of this process waiting on it wake up, take the lock back, and get <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        if (!_block.TryPin(out var pin))
        {
            return; // disposed already
        }

        using (pin)
        {
            _block.Dispose(); // first, so that a thread about to sleep sees it (see the loop below)
            int me = ProcessIdentity.Token;
            for (int round = 0; round < 100 && Volatile.Read(ref _localSleepers) > 0; round++)
            {
                for (int i = 0; i < MaxWaiters; i++)
                {
                    ConditionSlot* slot = Slot(pin.Pointer, i);
                    if (Volatile.Read(ref slot->State) == Waiting && slot->Token == me)
                    {
                        Futex.Wake(&slot->State, 1);
                    }
                }

                Thread.Sleep(1);
            }
        }

        if (_ownsLock)
        {
            _lock?.Dispose();
            _rlock?.Dispose();
        }
    }

    private static SharedMemoryBlock CreateBlock()
    {
        SyncWait.EnsureSupported(nameof(ProcessCondition));
        var block = SharedMemoryBlock.CreateReserved(SegmentSize, "a condition");
        SegmentHeader.Stamp(block, SegmentHeader.Condition);
        return block;
    }

    private static void WriteLock(SharedMemoryBlock block, int kind, string lockName)
    {
        byte* p = block.Pointer;
        int length = Encoding.UTF8.GetByteCount(lockName);
        if (length > MaxLockNameBytes)
        {
            block.Dispose();
            throw new ArgumentException($"The lock's name '{lockName}' is longer than {MaxLockNameBytes} bytes.", nameof(lockName));
        }

        var header = (ConditionHeader*)p;
        Encoding.UTF8.GetBytes(lockName, new Span<byte>(header->LockName, MaxLockNameBytes));
        header->LockNameLength = length;
        header->LockKind = kind;
    }

    private static ConditionSlot* Slot(byte* p, int index) => (ConditionSlot*)(p + SlotsOffset) + index;

    /// <summary>A free slot for a new waiter (under the lock); the slots of dead waiters are taken back when none is free.</summary>
    private int TakeSlot(byte* p)
    {
        Debug.Assert(IsHeldByCurrentThread, "TakeSlot runs under the condition's lock.");
        for (int i = 0; i < MaxWaiters; i++)
        {
            if (Volatile.Read(ref Slot(p, i)->State) == Free)
            {
                return i;
            }
        }

        for (int i = 0; i < MaxWaiters; i++)
        {
            ConditionSlot* slot = Slot(p, i);
            if (!SyncWait.IsAlive(slot->Token))
            {
                Volatile.Write(ref slot->State, Free);
                return i;
            }
        }

        throw new InvalidOperationException($"Condition '{Name}' has {MaxWaiters} waiting threads already, the most it can hold.");
    }

    /// <summary>Notifies the waiter of <paramref name="slot"/>; false (and the slot freed) when its process is dead.</summary>
    private static bool Wake(ConditionSlot* slot)
    {
        if (!SyncWait.IsAlive(slot->Token))
        {
            Volatile.Write(ref slot->State, Free);
            return false;
        }

        Interlocked.Exchange(ref slot->State, Notified);
        Futex.Wake(&slot->State, 1);
        return true;
    }

    private int Release1()
    {
        _lock!.Release();
        return 1;
    }

    private void ThrowIfNotHeld(string what)
    {
        if (!IsHeldByCurrentThread)
        {
            throw new SynchronizationLockException($"Cannot {what} condition '{Name}' without holding its lock: acquire it first (using (condition.Lock()) {{ ... }}).");
        }
    }


    /// <inheritdoc />
    static ProcessCondition IProcessHandle<ProcessCondition>.Attach(string name, ref MarshalReader data) => Attach(name);
}
