using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A counting semaphore shared by processes (Python's <c>multiprocessing.Semaphore(value)</c>): <see cref="Acquire(bool, TimeSpan?)"/>
/// takes one unit, waiting while there is none; <see cref="Release"/> gives units back. Pass it to a
/// <see cref="ProcessTargetAttribute"/> method; the child uses the same semaphore.
/// </summary>
/// <remarks>
/// <para>The counter is a word in shared memory. Acquiring spins briefly (only with more than one CPU), then sleeps in
/// the kernel (futex) until a unit is released: waiting uses no CPU.</para>
/// <para>A semaphore has no owner: any thread of any process may release it, so a process that dies after
/// <see cref="Acquire(bool, TimeSpan?)"/> cannot be told from one that passed its unit on, and its unit is lost, as in Python. Waiters
/// then wait until their timeout (pass one when a peer may die); the <see cref="ProcessLock"/> and
/// <see cref="ProcessRLock"/> detect dead holders instead.</para>
/// </remarks>
public unsafe class ProcessSemaphore : IDisposable, IProcessHandle<ProcessSemaphore>, IReleasable
{
    private protected const int BoundedFlag = 1;
    private readonly SharedMemoryBlock _block;

    private protected ProcessSemaphore(SharedMemoryBlock block) => _block = block;

    /// <summary>The semaphore's name, for <see cref="Attach"/>.</summary>
    public string Name => _block.Name;

    /// <summary>
    /// The number of units free now (Python's <c>get_value()</c>): a snapshot, which other processes may change at once.
    /// </summary>
    public int Value => Volatile.Read(ref State->Value);

    /// <summary>How many threads (of all processes) sleep waiting for a unit; for tests and diagnostics.</summary>
    internal int SleepingWaiters => Volatile.Read(ref State->Waiters);

    private protected SemaphoreHeader* State => (SemaphoreHeader*)_block.Pointer;

    /// <summary>Creates a semaphore holding <paramref name="value"/> units, owned (as shared memory) by this process.</summary>
    /// <param name="value">The initial number of units (Python's default is 1).</param>
    /// <returns>The semaphore.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static ProcessSemaphore Create(int value = 1) => new(CreateBlock(value, bounded: false));

    /// <summary>
    /// Opens the semaphore named <paramref name="name"/> (from <see cref="Name"/>, in any process). A bounded one comes
    /// back as a <see cref="ProcessBoundedSemaphore"/>.
    /// </summary>
    /// <param name="name">The semaphore's name.</param>
    /// <returns>The semaphore (disposing it unmaps it; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No semaphore has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The name belongs to something else.</exception>
    public static ProcessSemaphore Attach(string name)
    {
        var block = AttachBlock(name);
        return (((SemaphoreHeader*)block.Pointer)->Flags & BoundedFlag) != 0 ? new ProcessBoundedSemaphore(block) : new ProcessSemaphore(block);
    }

    /// <summary>Takes one unit (Python's <c>acquire(block, timeout)</c>), waiting while there is none.</summary>
    /// <param name="block">False: return at once when no unit is free.</param>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <returns>Whether a unit was taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    public bool Acquire(bool block = true, TimeSpan? timeout = null) => Acquire(block, timeout, CancellationToken.None);

    /// <summary>Takes one unit, waiting as long as it takes or until the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public void Acquire(CancellationToken cancellationToken) => Acquire(true, null, cancellationToken);

    /// <summary>Takes one unit (Python's <c>acquire(block, timeout)</c>); a cancelled token stops the wait.</summary>
    /// <param name="block">False: return at once when no unit is free.</param>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether a unit was taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled before the wait ended.</exception>
    public bool Acquire(bool block, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        SyncWait.Validate(timeout);
        var state = State;
        int value = Volatile.Read(ref state->Value);
        if (value > 0 && Interlocked.CompareExchange(ref state->Value, value - 1, value) == value)
        {
            return true;
        }

        return AcquireContended(block, SyncWait.Deadline(timeout), cancellationToken);
    }

    /// <summary>Gives one unit back (what a <see cref="LockScope"/> from <see cref="Enter"/> does when disposed).</summary>
    void IReleasable.Release() => Release();

    /// <summary>
    /// Gives back <paramref name="count"/> units (Python's <c>release(n)</c>), waking as many waiters. Any thread of any
    /// process may release.
    /// </summary>
    /// <param name="count">How many units (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1.</exception>
    /// <exception cref="SemaphoreFullException">The release would raise the value above its largest value: for a
    /// <see cref="ProcessBoundedSemaphore"/>, the initial value (Python raises ValueError); otherwise int.MaxValue. The
    /// value is left as it was.</exception>
    public void Release(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var state = State;
        int max = state->Max;
        int value = Volatile.Read(ref state->Value);
        while (true)
        {
            if (value > max - count)
            {
                throw new SemaphoreFullException(
                    (state->Flags & BoundedFlag) != 0
                        ? $"Bounded semaphore '{Name}' released too many times: {value} + {count} would exceed its initial value {max}."
                        : $"Semaphore '{Name}' would exceed int.MaxValue units.");
            }

            int seen = Interlocked.CompareExchange(ref state->Value, value + count, value);
            if (seen == value)
            {
                break;
            }

            value = seen;
        }

        // The CAS above is a full fence: a waiter that registered before it is seen here, and one that registers after
        // it finds the new value when the futex compares the word.
        if (Volatile.Read(ref state->Waiters) > 0)
        {
            Futex.Wake(&state->Value, count);
        }
    }

    /// <summary>Takes one unit for a <c>using</c> scope (Python's <c>with semaphore:</c>), waiting while there is none.</summary>
    /// <returns>A scope that gives the unit back when disposed.</returns>
    public LockScope Enter() => LockScope.Enter(this);

    /// <summary>Unmaps the semaphore; the creating process also removes it.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Unmaps the semaphore (when <paramref name="disposing"/>); the creating process also removes it.</summary>
    /// <param name="disposing">Whether this is a call of <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _block.Dispose();
        }
    }

    /// <summary>Creates and initializes the segment of a semaphore.</summary>
    private protected static SharedMemoryBlock CreateBlock(int value, bool bounded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        SyncWait.EnsureSupported(bounded ? nameof(ProcessBoundedSemaphore) : nameof(ProcessSemaphore));
        var block = SharedMemoryBlock.CreateReserved(sizeof(SemaphoreHeader), "a semaphore");
        var state = (SemaphoreHeader*)block.Pointer;
        state->Value = value;
        state->Max = bounded ? value : int.MaxValue;
        state->Flags = bounded ? BoundedFlag : 0;
        SegmentHeader.Stamp(block, SegmentHeader.Semaphore);
        return block;
    }

    /// <summary>Attaches to the segment of a semaphore, checking its kind.</summary>
    private protected static SharedMemoryBlock AttachBlock(string name)
    {
        SyncWait.EnsureSupported(nameof(ProcessSemaphore));
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Semaphore, nameof(ProcessSemaphore), sizeof(SemaphoreHeader));
        return block;
    }

    private bool AcquireContended(bool block, long deadline, CancellationToken cancellationToken)
    {
        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        var state = (SemaphoreHeader*)pin.Pointer;
        using var registration = SyncWait.WakeOnCancel(cancellationToken, &state->Value);
        var spin = new SpinWait();
        while (true)
        {
            int value = Volatile.Read(ref state->Value);
            if (value > 0)
            {
                if (Interlocked.CompareExchange(ref state->Value, value - 1, value) == value)
                {
                    return true;
                }

                continue; // another taker won this unit; there may be more
            }

            var remaining = SyncWait.Remaining(deadline);
            if (!block || remaining == TimeSpan.Zero)
            {
                return false;
            }

            if (SpinGate.Pays && !spin.NextSpinWillYield)
            {
                spin.SpinOnce(); // a holder often releases within microseconds
                continue;
            }

            ObjectDisposedException.ThrowIf(_block.IsDisposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref state->Waiters);
            Futex.TryWait(&state->Value, 0, remaining);
            Interlocked.Decrement(ref state->Waiters);
        }
    }


    /// <inheritdoc />
    static ProcessSemaphore IProcessHandle<ProcessSemaphore>.Attach(string name, ref MarshalReader data) => Attach(name);
}
