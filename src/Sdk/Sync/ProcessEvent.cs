using Multiprocessing.Interop;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// An event shared by processes (Python's <c>multiprocessing.Event</c>): a flag that <see cref="Set"/> raises and
/// <see cref="Clear"/> lowers; <see cref="Wait(TimeSpan?)"/> returns when it is raised. Pass it to a
/// <see cref="ProcessTargetAttribute"/> method; the child uses the same event.
/// </summary>
/// <remarks>
/// <para>The flag is the low bit of a word in shared memory whose upper bits count how often it was raised, so a waiter
/// never misses a <see cref="Set"/> that a quick <see cref="Clear"/> followed: as in Python, every thread waiting when
/// the event is set returns true. Waiters spin briefly (only with more than one CPU), then sleep in the kernel (futex):
/// waiting uses no CPU.</para>
/// <para><see cref="WaitAsync(TimeSpan?, CancellationToken)"/> holds no thread: the process's waiter thread
/// (<c>Ipc/FutexWaiter</c>) sleeps on the event's word with every other pending async wait; cancelling ends it at once.</para>
/// <para>An event has no owner: if the process that should set it dies, waiters wait until their timeout. Pass one
/// when a peer may die.</para>
/// </remarks>
public sealed unsafe class ProcessEvent : IDisposable, IProcessHandle<ProcessEvent>
{
    private static readonly Task<bool> s_true = Task.FromResult(true);
    private static readonly Task<bool> s_false = Task.FromResult(false);
    private readonly SharedMemoryBlock _block;
    private int _localSleepers;

    private ProcessEvent(SharedMemoryBlock block) => _block = block;

    /// <summary>The event's name, for <see cref="Attach"/>.</summary>
    public string Name => _block.Name;

    /// <summary>Whether the flag is raised (Python's <c>is_set()</c>).</summary>
    public bool IsSet => (Volatile.Read(ref State->Word) & 1) != 0;

    /// <summary>How many threads (of all processes) sleep waiting for the event; for tests and diagnostics.</summary>
    internal int SleepingWaiters => Volatile.Read(ref State->Waiters);

    private EventHeader* State => (EventHeader*)_block.Pointer;

    /// <summary>Creates an event, not set, owned (as shared memory) by this process.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static ProcessEvent Create()
    {
        SyncWait.EnsureSupported(nameof(ProcessEvent));
        var block = SharedMemoryBlock.CreateReserved(sizeof(EventHeader), "an event");
        SegmentHeader.Stamp(block, SegmentHeader.Event);
        return new ProcessEvent(block);
    }

    /// <summary>Opens the event named <paramref name="name"/> (from <see cref="Name"/>, in any process).</summary>
    /// <param name="name">The event's name.</param>
    /// <returns>The event (disposing it unmaps it; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No event has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The name belongs to something else.</exception>
    public static ProcessEvent Attach(string name)
    {
        SyncWait.EnsureSupported(nameof(ProcessEvent));
        var block = SharedMemoryBlock.Attach(name);
        SegmentHeader.Check(block, SegmentHeader.Event, nameof(ProcessEvent), sizeof(EventHeader));
        return new ProcessEvent(block);
    }

    /// <summary>Raises the flag and wakes every waiter, in every process (Python's <c>set()</c>).</summary>
    public void Set()
    {
        var state = State;
        int word = Volatile.Read(ref state->Word);
        while (true)
        {
            if ((word & 1) != 0)
            {
                return; // set already
            }

            int seen = Interlocked.CompareExchange(ref state->Word, word + 1, word);
            if (seen == word)
            {
                break;
            }

            word = seen;
        }

        // The CAS above is a full fence: a waiter that registered before it is seen here, and one that registers after
        // it finds the changed word when the futex compares it.
        if (Volatile.Read(ref state->Waiters) > 0)
        {
            Futex.WakeAll(&state->Word);
        }
    }

    /// <summary>Lowers the flag (Python's <c>clear()</c>): later waits block until the next <see cref="Set"/>.</summary>
    public void Clear()
    {
        var state = State;
        int word = Volatile.Read(ref state->Word);
        while ((word & 1) != 0)
        {
            int seen = Interlocked.CompareExchange(ref state->Word, unchecked(word + 1), word);
            if (seen == word)
            {
                return;
            }

            word = seen;
        }
    }

    /// <summary>
    /// Waits until the flag is raised (Python's <c>wait(timeout)</c>): returns at once if it is, else when a
    /// <see cref="Set"/> happens (even if a <see cref="Clear"/> follows it at once) or the time runs out.
    /// </summary>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <returns>True when the event was set; false when the time ran out.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="ObjectDisposedException">The event was disposed (by another thread, during the wait).</exception>
    public bool Wait(TimeSpan? timeout = null) => Wait(timeout, CancellationToken.None);

    /// <summary>Waits until the flag is raised or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>True (the event was set).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    public bool Wait(CancellationToken cancellationToken) => Wait(null, cancellationToken);

    /// <summary>Waits until the flag is raised, the time runs out or the token is cancelled.</summary>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>True when the event was set; false when the time ran out.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    /// <exception cref="ObjectDisposedException">The event was disposed (by another thread, during the wait).</exception>
    public bool Wait(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        long deadline = SyncWait.Deadline(timeout);
        int seen = Volatile.Read(ref State->Word);
        if ((seen & 1) != 0)
        {
            return true;
        }

        if (timeout == TimeSpan.Zero)
        {
            return false;
        }

        using var pin = _block.Pin(); // the mapping outlives a Dispose on another thread while this one sleeps
        var state = (EventHeader*)pin.Pointer;
        if (SpinGate.Pays)
        {
            var spin = new SpinWait();
            while (!spin.NextSpinWillYield)
            {
                spin.SpinOnce();
                if (Volatile.Read(ref state->Word) != seen)
                {
                    return true;
                }
            }
        }

        Interlocked.Increment(ref _localSleepers);
        try
        {
            // Cancelling wakes every sleeper on the word; the others find it unchanged and sleep again.
            using var registration = cancellationToken.CanBeCanceled
                ? cancellationToken.UnsafeRegister(static s => Futex.WakeAll((int*)(nint)s!), (nint)(&state->Word))
                : default;
            return SleepUntilChanged(state, seen, deadline, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _localSleepers);
        }
    }

    /// <summary>Waits without blocking the caller until the flag is raised.</summary>
    /// <param name="cancellationToken">Cancels the wait (the task then ends as cancelled).</param>
    /// <returns>A task that ends with true when the event is set.</returns>
    public Task<bool> WaitAsync(CancellationToken cancellationToken = default) => WaitAsync(null, cancellationToken);

    /// <summary>
    /// Waits without blocking the caller until the flag is raised or <paramref name="timeout"/> passes. While the event
    /// is not set, the process's waiter thread sleeps on it with the other pending waits (no thread of its own, no CPU).
    /// </summary>
    /// <param name="timeout">How long to wait; null (or <see cref="Timeout.InfiniteTimeSpan"/>) waits forever.</param>
    /// <param name="cancellationToken">Cancels the wait (the task then ends as cancelled).</param>
    /// <returns>A task that ends with true when the event was set, false when the time ran out.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is negative.</exception>
    /// <exception cref="ObjectDisposedException">The event was disposed (before, or during the wait: then the task
    /// fails with it).</exception>
    public Task<bool> WaitAsync(TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        long deadline = SyncWait.Deadline(timeout);
        int seen = Volatile.Read(ref State->Word);
        if ((seen & 1) != 0)
        {
            return s_true;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        if (timeout == TimeSpan.Zero)
        {
            return s_false;
        }

        var pin = _block.Pin(); // released by the operation when it ends
        Interlocked.Increment(ref _localSleepers); // Dispose wakes it (the waiter thread then sees the disposal)
        var state = (EventHeader*)pin.Pointer;
        return EventWaitOperation.Start(this, pin, &state->Word, &state->Waiters, seen, deadline, cancellationToken).AsTask();
    }

    /// <summary>Whether the event was disposed in this process (its async waiters then fail).</summary>
    internal bool IsDisposedForWaiters => _block.IsDisposed;

    /// <summary>An async waiter ended.</summary>
    internal void AsyncWaiterDone() => Interlocked.Decrement(ref _localSleepers);

    /// <summary>
    /// Unmaps the event; the creating process also removes it. Threads of this process that wait on it wake up and
    /// get <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        if (!_block.TryPin(out var pin))
        {
            return; // disposed already
        }

        using (pin)
        {
            // Disposal first, then the look at our sleepers (both full fences): a sleeper that registers meanwhile sees
            // the disposal before it sleeps. Ours wake and throw; sleepers in other processes wake, find the word
            // unchanged, and sleep again.
            _block.Dispose();
            int* word = &((EventHeader*)pin.Pointer)->Word;
            for (int i = 0; i < 100 && Volatile.Read(ref _localSleepers) > 0; i++)
            {
                Futex.WakeAll(word);
                Thread.Sleep(1);
            }
        }
    }

    /// <summary>Sleeps until the word leaves <paramref name="seen"/> (true), or the deadline passes (false).</summary>
    private bool SleepUntilChanged(EventHeader* state, int seen, long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Volatile.Read(ref state->Word) != seen)
            {
                return true; // a Set happened (the word only moves from an even value by a Set)
            }

            ObjectDisposedException.ThrowIf(_block.IsDisposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            var remaining = SyncWait.Remaining(deadline);
            if (remaining == TimeSpan.Zero)
            {
                return false;
            }

            Interlocked.Increment(ref state->Waiters);
            Futex.TryWait(&state->Word, seen, remaining);
            Interlocked.Decrement(ref state->Waiters);
        }
    }

    /// <inheritdoc />
    static ProcessEvent IProcessHandle<ProcessEvent>.Attach(string name, ref MarshalReader data) => Attach(name);
}
