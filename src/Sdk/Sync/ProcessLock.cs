using System.Diagnostics;
using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A lock shared by processes (Python's <c>multiprocessing.Lock</c>), owner-aware: only the thread that acquired it can
/// release it, and a lock whose holder died is reported to the next acquirer as abandoned instead of staying locked
/// forever. Pass it to a <see cref="ProcessTargetAttribute"/> method; the child uses the same lock.
/// </summary>
/// <remarks>
/// The lock is a word in shared memory holding the owner's liveness token (never its pid: a pid names another process,
/// or none, in another pid namespace sharing the memory). Acquiring spins briefly, then sleeps in the kernel (futex)
/// until the word changes, waking every 100 ms to check that the holder is still alive. Waiting uses no CPU.
/// </remarks>
public sealed unsafe class ProcessLock : IDisposable, IProcessHandle<ProcessLock>, IReleasable
{
    private readonly SharedMemoryBlock _block;
    private readonly int _offset;
    private readonly bool _ownsBlock;
    private int _ownerThread;

    private ProcessLock(SharedMemoryBlock block)
        : this(block, 0, ownsBlock: true)
    {
    }

    /// <summary>A lock over the two words at <paramref name="offset"/> of a block that holds something else too.</summary>
    /// <param name="block">The block.</param>
    /// <param name="offset">Where the lock's <see cref="LockState"/> starts (4-byte aligned).</param>
    /// <param name="ownsBlock">Whether disposing the lock disposes the block.</param>
    internal ProcessLock(SharedMemoryBlock block, int offset, bool ownsBlock)
    {
        if (!Futex.IsSupported)
        {
            if (ownsBlock)
            {
                block.Dispose();
            }

            throw new PlatformNotSupportedException("ProcessLock needs Linux on x64 (futex); other platforms are not supported yet.");
        }

        _block = block;
        _offset = offset;
        _ownsBlock = ownsBlock;
    }

    /// <summary>The name of the lock's shared memory, for <see cref="Attach"/>.</summary>
    public string Name => _block.Name;

    /// <summary>Whether the calling thread holds the lock.</summary>
    public bool IsHeldByCurrentThread => Volatile.Read(ref State->Holder) == ProcessIdentity.Token && _ownerThread == Environment.CurrentManagedThreadId;

    // Read through the block, so that a disposed lock throws ObjectDisposedException instead of touching unmapped memory.
    private LockState* State => (LockState*)(_block.Pointer + _offset);

    /// <summary>Creates a lock, owned (as shared memory) by this process.</summary>
    /// <returns>The lock, released.</returns>
    public static ProcessLock Create() => new(SharedMemoryBlock.CreateReserved(sizeof(LockState), "a lock"));

    /// <summary>Opens the lock named <paramref name="name"/>.</summary>
    /// <param name="name">The name from <see cref="Name"/>.</param>
    /// <returns>The lock.</returns>
    public static ProcessLock Attach(string name) => new(SharedMemoryBlock.Attach(name));

    /// <summary>Acquires the lock (Python's <c>acquire(block, timeout)</c>).</summary>
    /// <param name="block">False: return at once if another thread or process holds it.</param>
    /// <param name="timeout">How long to wait; null or <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <returns>Whether the lock was acquired.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller.</exception>
    /// <exception cref="InvalidOperationException">The calling thread holds it already (use a ProcessRLock to re-enter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative (other than the infinite one).</exception>
    public bool Acquire(bool block = true, TimeSpan? timeout = null) => Acquire(block, timeout, CancellationToken.None);

    /// <summary>Acquires the lock, waiting as long as it takes or until the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public void Acquire(CancellationToken cancellationToken) => Acquire(true, null, cancellationToken);

    /// <summary>Acquires the lock (Python's <c>acquire(block, timeout)</c>); a cancelled token stops the wait.</summary>
    /// <param name="block">False: return at once if another thread or process holds it.</param>
    /// <param name="timeout">How long to wait; null or <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the lock was acquired.</returns>
    /// <exception cref="LockAbandonedException">The holder died; the lock is now held by the caller.</exception>
    /// <exception cref="InvalidOperationException">The calling thread holds it already (use a ProcessRLock to re-enter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative (other than the infinite one).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public bool Acquire(bool block, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        SyncWait.Validate(timeout);
        int me = ProcessIdentity.Token;
        if (IsHeldByCurrentThread)
        {
            throw new InvalidOperationException($"This thread already holds process lock '{Name}': a ProcessLock is not re-entrant.");
        }

        if (Interlocked.CompareExchange(ref State->Holder, me, 0) == 0)
        {
            _ownerThread = Environment.CurrentManagedThreadId;
            return true;
        }

        return AcquireContended(me, block, timeout, cancellationToken);
    }

    private bool AcquireContended(int me, bool block, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        long deadline = SyncWait.Deadline(timeout);
        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        var state = (LockState*)(pin.Pointer + _offset);
        int* word = &state->Holder;
        int* waiters = &state->Waiters;
        using var registration = SyncWait.WakeOnCancel(cancellationToken, word);
        var spin = new SpinWait();
        while (true)
        {
            int holder = Interlocked.CompareExchange(ref *word, me, 0);
            if (holder == 0)
            {
                _ownerThread = Environment.CurrentManagedThreadId;
                return true;
            }

            long now = Stopwatch.GetTimestamp();
            bool last = !block || now >= deadline;
            if (!last && !spin.NextSpinWillYield && SpinGate.Pays)
            {
                spin.SpinOnce(); // the holder often releases within microseconds
                continue;
            }

            // Only before sleeping or giving up: a liveness check is the slow path.
            if (holder != me && !SyncWait.IsAlive(holder) && Interlocked.CompareExchange(ref *word, me, holder) == holder)
            {
                _ownerThread = Environment.CurrentManagedThreadId;
                throw new LockAbandonedException(Name, holder);
            }

            if (last)
            {
                return false;
            }

            ObjectDisposedException.ThrowIf(_block.IsDisposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            var wait = TimeSpan.FromSeconds(Math.Min(SyncWait.LivenessCheck.TotalSeconds, (deadline - now) / (double)Stopwatch.Frequency));
            Interlocked.Increment(ref *waiters);
            Futex.Wait(word, holder, wait);
            Interlocked.Decrement(ref *waiters);
        }
    }

    /// <summary>Releases the lock (Python's <c>release()</c>).</summary>
    /// <exception cref="SynchronizationLockException">The calling thread does not hold it.</exception>
    public void Release()
    {
        if (!IsHeldByCurrentThread)
        {
            throw new SynchronizationLockException($"Process lock '{Name}' is not held by this thread: only the thread that acquired it can release it.");
        }

        var state = State;
        _ownerThread = 0;

        // A full fence, not a plain store: the waiter count must be read after the release is visible, or a waiter that
        // registers meanwhile could sleep on the old holder while this thread sees no waiter to wake.
        Interlocked.Exchange(ref state->Holder, 0);
        if (Volatile.Read(ref state->Waiters) > 0)
        {
            Futex.Wake(&state->Holder, 1);
        }
    }

    /// <summary>Acquires the lock for a <c>using</c> scope (Python's <c>with lock:</c>).</summary>
    /// <returns>A scope that releases the lock when disposed.</returns>
    public LockScope Lock() => LockScope.Enter(this);

    /// <summary>Unmaps the lock; the creating process also removes it.</summary>
    public void Dispose()
    {
        if (_ownsBlock)
        {
            _block.Dispose();
        }
    }


    /// <inheritdoc />
    static ProcessLock IProcessHandle<ProcessLock>.Attach(string name, ref MarshalReader data) => Attach(name);
}
