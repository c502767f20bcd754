using System.Globalization;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A re-entrant lock shared by processes (Python's <c>multiprocessing.RLock</c>): the thread that holds it can acquire
/// it again, and must release it as many times. It is owner-aware: only the holding thread can release it, and a lock
/// whose holder died is reported to the next acquirer as abandoned (<see cref="LockAbandonedException"/>) instead of
/// staying locked forever. Pass it to a <see cref="ProcessTargetAttribute"/> method; the child uses the same lock.
/// </summary>
/// <remarks>
/// <para>The owner (liveness token, never a pid, and managed thread id, in one 64-bit word) and the recursion count live in shared memory. Acquiring spins briefly
/// (only with more than one CPU), then sleeps in the kernel (futex) until the lock is released, waking every 100 ms to
/// check that the holder is still alive. Waiting uses no CPU.</para>
/// <para>The lock of a <see cref="SharedValue{T}"/> or <see cref="SharedArray{T}"/> created with a lock is a
/// <see cref="ProcessRLock"/> inside that object's memory; its <see cref="Name"/> is the object's name followed by
/// <c>#</c> and an offset, and <see cref="Attach"/> accepts it.</para>
/// </remarks>
public sealed unsafe class ProcessRLock : IDisposable, IProcessHandle<ProcessRLock>, IReleasable
{
    /// <summary>
    /// The bytes of the lock's state: the owner (its <see cref="ProcessIdentity.Token"/> in the low half, the futex word; managed thread id in the high half,
    /// so that both change in one atomic step), the waiter count, the recursion count.
    /// </summary>
    internal const int StateSize = 16; // sizeof(RLockState), pinned by a test

    /// <summary>Where the state starts in a segment of its own (after the segment header).</summary>
    internal const int StandaloneOffset = SegmentHeader.Size;

        private readonly SharedMemoryBlock _block;
    private readonly int _offset;
    private readonly bool _ownsBlock;

    /// <summary>A lock over the 16 bytes at <paramref name="offset"/> of <paramref name="block"/>.</summary>
    /// <param name="block">The block that holds the lock's state.</param>
    /// <param name="offset">Where the state starts (8-byte aligned).</param>
    /// <param name="name">The name <see cref="Attach"/> finds the lock by.</param>
    /// <param name="ownsBlock">Whether disposing the lock disposes the block.</param>
    internal ProcessRLock(SharedMemoryBlock block, int offset, string name, bool ownsBlock)
    {
        if (!Futex.IsSupported)
        {
            if (ownsBlock)
            {
                block.Dispose();
            }

            SyncWait.EnsureSupported(nameof(ProcessRLock));
        }

        _block = block;
        _offset = offset;
        _ownsBlock = ownsBlock;
        Name = name;
    }

    /// <summary>The lock's name, for <see cref="Attach"/>.</summary>
    public string Name { get; }

    /// <summary>Whether the calling thread holds the lock.</summary>
    public bool IsHeldByCurrentThread
    {
        get
        {
            return Volatile.Read(ref State->Owner) == OwnerId(ProcessIdentity.Token, Environment.CurrentManagedThreadId);
        }
    }

    /// <summary>How many times the calling thread holds the lock (0 when it does not hold it).</summary>
    public int RecursionCount => IsHeldByCurrentThread ? Volatile.Read(ref State->Count) : 0;

    /// <summary>How many threads (of all processes) sleep waiting for the lock; for tests and diagnostics.</summary>
    internal int SleepingWaiters => Volatile.Read(ref State->Waiters);

    private RLockState* State => (RLockState*)(_block.Pointer + _offset);

    /// <summary>Creates a lock in shared memory owned by this process (Python's <c>RLock()</c>).</summary>
    /// <returns>The lock, released.</returns>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static ProcessRLock Create()
    {
        SyncWait.EnsureSupported(nameof(ProcessRLock));
        var block = SharedMemoryBlock.CreateReserved(StandaloneOffset + StateSize, "a reentrant lock");
        SegmentHeader.Stamp(block, SegmentHeader.RLock);
        return new ProcessRLock(block, StandaloneOffset, block.Name, ownsBlock: true);
    }

    /// <summary>Opens the lock named <paramref name="name"/> (from <see cref="Name"/>, in any process).</summary>
    /// <param name="name">The lock's name.</param>
    /// <returns>The lock (disposing it unmaps it; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No lock has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The name does not belong to a ProcessRLock.</exception>
    public static ProcessRLock Attach(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        int hash = name.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            var block = SharedMemoryBlock.Attach(name);
            SegmentHeader.Check(block, SegmentHeader.RLock, nameof(ProcessRLock), StandaloneOffset + StateSize);
            return new ProcessRLock(block, StandaloneOffset, name, ownsBlock: true);
        }

        // A lock inside another object's memory: "<block name>#<offset>".
        if (!int.TryParse(name.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int offset) || offset % 8 != 0)
        {
            throw new ArgumentException($"'{name}' is not the name of a process lock: expected a block name, optionally followed by '#' and an offset.", nameof(name));
        }

        var host = SharedMemoryBlock.Attach(name[..hash]);
        if (SegmentHeader.KindOf(SegmentHeader.MagicOf(host)) is null || offset < SegmentHeader.Size || offset + StateSize > host.Size)
        {
            host.Dispose();
            throw new ArgumentException($"Shared memory '{name[..hash]}' holds no process lock at offset {offset}.", nameof(name));
        }

        return new ProcessRLock(host, offset, name, ownsBlock: true);
    }

    /// <summary>
    /// Acquires the lock (Python's <c>acquire(block, timeout)</c>); a thread that holds it already acquires it again at
    /// once (and must release it once more).
    /// </summary>
    /// <param name="block">False: return at once if another thread or process holds it.</param>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <returns>Whether the lock was acquired.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held once by the caller.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OverflowException">The calling thread holds the lock int.MaxValue times already.</exception>
    public bool Acquire(bool block = true, TimeSpan? timeout = null) => Acquire(block, timeout, CancellationToken.None);

    /// <summary>Acquires the lock, waiting as long as it takes or until the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held once by the caller.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public void Acquire(CancellationToken cancellationToken) => Acquire(true, null, cancellationToken);

    /// <summary>Acquires the lock, or once more if this thread holds it; a cancelled token stops the wait.</summary>
    /// <param name="block">False: return at once if another thread or process holds it.</param>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the lock was acquired.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held once by the caller.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public bool Acquire(bool block, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        SyncWait.Validate(timeout);
        var state = State;
        int me = ProcessIdentity.Token;
        long id = OwnerId(me, Environment.CurrentManagedThreadId);
        long owner = Interlocked.CompareExchange(ref state->Owner, id, 0);
        if (owner == 0)
        {
            state->Count = 1;
            return true;
        }

        if (owner == id)
        {
            int count = state->Count;
            if (count == int.MaxValue)
            {
                throw new OverflowException($"Process lock '{Name}' is held int.MaxValue times by this thread.");
            }

            state->Count = count + 1;
            return true;
        }

        return AcquireContended(me, id, block, SyncWait.Deadline(timeout), cancellationToken);
    }

    /// <summary>
    /// Releases the lock once (Python's <c>release()</c>); the lock is free for others when the holder has released it
    /// as many times as it acquired it.
    /// </summary>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold it.</exception>
    public void Release()
    {
        var state = State;
        ThrowIfNotHeld(state);
        int count = state->Count - 1;
        if (count > 0)
        {
            state->Count = count;
            return;
        }

        Free(state);
    }

    /// <summary>Acquires the lock for a <c>using</c> scope (Python's <c>with rlock:</c>).</summary>
    /// <returns>A scope that releases the lock once when disposed.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller (the scope was not
    /// entered: release it yourself once you have checked the state it protects).</exception>
    public LockScope Lock() => LockScope.Enter(this);

    /// <summary>Unmaps the lock; the creating process also removes it.</summary>
    public void Dispose()
    {
        if (_ownsBlock)
        {
            _block.Dispose();
        }
    }

    /// <summary>Releases every level the calling thread holds (for a condition's wait) and says how many there were.</summary>
    internal int ReleaseAll()
    {
        var state = State;
        ThrowIfNotHeld(state);
        int count = state->Count;
        Free(state);
        return count;
    }

    /// <summary>Acquires the lock again after <see cref="ReleaseAll"/>, at the recursion depth it had.</summary>
    /// <exception cref="LockAbandonedException">Another holder died meanwhile; the caller holds the lock at its depth.</exception>
    internal void AcquireRestore(int count)
    {
        try
        {
            Acquire();
        }
        catch (LockAbandonedException)
        {
            State->Count = count;
            throw;
        }

        State->Count = count;
    }

    private bool AcquireContended(int me, long id, bool block, long deadline, CancellationToken cancellationToken)
    {
        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        var state = (RLockState*)(pin.Pointer + _offset);
        using var registration = SyncWait.WakeOnCancel(cancellationToken, &state->OwnerToken);
        var spin = new SpinWait();
        while (true)
        {
            long owner = Interlocked.CompareExchange(ref state->Owner, id, 0);
            if (owner == 0)
            {
                state->Count = 1;
                return true;
            }

            int holder = (int)owner;
            var remaining = SyncWait.Remaining(deadline);
            bool last = !block || remaining == TimeSpan.Zero;
            if (!last && SpinGate.Pays && !spin.NextSpinWillYield)
            {
                spin.SpinOnce(); // the holder often releases within microseconds
                continue;
            }

            // Only before sleeping or giving up: a liveness check is the slow path. Another thread of this process may
            // hold it (holder == me): that one is alive by definition.
            if (holder != me && !SyncWait.IsAlive(holder) && Interlocked.CompareExchange(ref state->Owner, id, owner) == owner)
            {
                state->Count = 1;
                throw new LockAbandonedException(Name, holder);
            }

            if (last)
            {
                return false;
            }

            ObjectDisposedException.ThrowIf(_block.IsDisposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref state->Waiters);
            Futex.TryWait(&state->OwnerToken, holder, SyncWait.AtMost(remaining, SyncWait.LivenessCheck));
            Interlocked.Decrement(ref state->Waiters);
        }
    }

    private static long OwnerId(int token, int thread) => (uint)token | ((long)thread << 32);

    private void ThrowIfNotHeld(RLockState* state)
    {
        if (Volatile.Read(ref state->Owner) != OwnerId(ProcessIdentity.Token, Environment.CurrentManagedThreadId))
        {
            throw new SynchronizationLockException($"Process lock '{Name}' is not held by this thread: only the thread that acquired it can release it.");
        }
    }

    private static void Free(RLockState* state)
    {
        state->Count = 0;

        // A full fence, not a plain store: the waiter count must be read after the release is visible, or a waiter that
        // registers meanwhile could sleep on the old holder while this thread sees no waiter to wake.
        Interlocked.Exchange(ref state->Owner, 0);
        if (Volatile.Read(ref state->Waiters) > 0)
        {
            Futex.Wake(&state->OwnerToken, 1);
        }
    }


    /// <inheritdoc />
    static ProcessRLock IProcessHandle<ProcessRLock>.Attach(string name, ref MarshalReader data) => Attach(name);
}
