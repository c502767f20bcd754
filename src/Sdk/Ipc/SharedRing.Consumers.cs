using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>Consumers: reading (copied, in place or streamed), waiting for data, the repair after a consumer that died mid-message, and polling readers.</summary>
internal sealed unsafe partial class SharedRing
{
    /// <summary>Reads one message into <paramref name="sink"/>.</summary>
    /// <param name="sink">Where the payload goes.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline; 0 means do not wait at all.</param>
    internal RingStatus Read<TSink>(ref TSink sink, long deadline)
        where TSink : struct, IRingSink => Read(ref sink, deadline, default, out _);

    /// <summary>Reads one message into <paramref name="sink"/>; a cancelled token ends the wait (<see cref="RingStatus.Canceled"/>).</summary>
    /// <param name="sink">Where the payload goes.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline; 0 means do not wait at all.</param>
    /// <param name="cancellationToken">Ends the wait (nothing is taken out then).</param>
    /// <param name="lockBusy">On <see cref="RingStatus.TimedOut"/>: whether another consumer held the lock (else the ring was empty).</param>
    internal RingStatus Read<TSink>(ref TSink sink, long deadline, CancellationToken cancellationToken, out bool lockBusy)
        where TSink : struct, IRingSink
    {
        lockBusy = false;
        if (!AcquireLock(&_h->ConsumerLock, &_h->ConsumerWaiters, deadline, out bool abandoned, cancellationToken))
        {
            lockBusy = true;
            return cancellationToken.IsCancellationRequested ? RingStatus.Canceled : RingStatus.TimedOut;
        }

        try
        {
            if (abandoned)
            {
                RepairAfterDeadConsumer();
            }

            while (true)
            {
                long tail = _h->Tail;
                var status = WaitForData(tail + 8, deadline, streaming: false, cancellationToken: cancellationToken);
                if (status != RingStatus.Ok)
                {
                    return status;
                }

                int length = ReadInt(tail);
                if (length < 0)
                {
                    throw new InvalidDataException($"Queue or pipe '{_name}' is corrupt: a message length of {length} at position {tail}.");
                }

                long frame = FrameSize(length);
                if (frame <= Capacity)
                {
                    CopyOut(tail + 4, sink.Begin(length)); // the whole frame was published at once
                    FinishRead(tail + frame);
                    return RingStatus.Ok;
                }

                status = ReadStreamed(ref sink, tail, length, frame);
                if (status != RingStatus.Dropped)
                {
                    return status;
                }
            }
        }
        finally
        {
            AssertInvariants(producerSide: false);
            ReleaseLock(&_h->ConsumerLock, &_h->ConsumerWaiters);
        }
    }

    /// <summary>
    /// Without waiting: exposes the next message where it lies, when it lies whole and in one piece in the ring (no
    /// copy). On <see cref="RingStatus.Ok"/> the consumer lock stays held until <see cref="EndReadInPlace"/>, which
    /// must follow; <see cref="RingStatus.NotContiguous"/> means a message is there but must be read with
    /// <see cref="Read{TSink}(ref TSink, long)"/>; <see cref="RingStatus.TimedOut"/> means no message (or another reader holds the lock).
    /// </summary>
    internal RingStatus TryReadInPlace(out ReadOnlySpan<byte> message)
    {
        message = default;
        if (!AcquireLock(&_h->ConsumerLock, &_h->ConsumerWaiters, 0, out bool abandoned))
        {
            return RingStatus.TimedOut;
        }

        if (abandoned)
        {
            RepairAfterDeadConsumer();
        }

        long tail = _h->Tail;
        if (!HasData(tail + 8))
        {
            ReleaseLock(&_h->ConsumerLock, &_h->ConsumerWaiters);
            return RingStatus.TimedOut;
        }

        int length = ReadInt(tail);
        long frame = FrameSize(length);
        int index = (int)(tail & _mask);
        if (length < 0 || frame > Capacity || index + 4L + length > Capacity)
        {
            ReleaseLock(&_h->ConsumerLock, &_h->ConsumerWaiters);
            return length < 0
                ? throw new InvalidDataException($"Queue or pipe '{_name}' is corrupt: a message length of {length} at position {tail}.")
                : RingStatus.NotContiguous;
        }

        message = new ReadOnlySpan<byte>(_data + index + 4, length);
        _inPlaceEnd = tail + frame;
        return RingStatus.Ok;
    }

    /// <summary>
    /// The first bytes of each whole message still in the ring, without taking any out: for a ring whose only
    /// consumer died, to learn what it never read. Stops at a message larger than the ring (it may be half written).
    /// </summary>
    /// <param name="prefixLength">How many bytes of each message to return (fewer when the message is shorter).</param>
    internal List<byte[]> PeekUnread(int prefixLength)
    {
        var prefixes = new List<byte[]>();
        long head = Volatile.Read(ref _h->Head);
        long position = Volatile.Read(ref _h->Tail);
        while (position + 8 <= head)
        {
            int length = ReadInt(position);
            long frame = FrameSize(length);
            if (length < 0 || frame > Capacity || position + frame > head)
            {
                break;
            }

            var prefix = new byte[Math.Min(prefixLength, length)];
            CopyOut(position + 4, prefix);
            prefixes.Add(prefix);
            position += frame;
        }

        return prefixes;
    }

    /// <summary>Ends a successful <see cref="TryReadInPlace"/>: the message's room goes back to the producers.</summary>
    internal void EndReadInPlace()
    {
        FinishRead(_inPlaceEnd);
        AssertInvariants(producerSide: false);
        ReleaseLock(&_h->ConsumerLock, &_h->ConsumerWaiters);
    }

    /// <summary>Copies a streamed message out as it arrives; <see cref="RingStatus.Dropped"/> when its producer died.</summary>
    private RingStatus ReadStreamed<TSink>(ref TSink sink, long start, int length, long frame)
        where TSink : struct, IRingSink
    {
        long end = start + frame;
        _h->ReadingStart = start;
        _h->ReadingEnd = end;
        Volatile.Write(ref _h->Reading, 1);
        var target = sink.Begin(length);
        long position = start + 4;
        int copied = 0;
        while (position < end)
        {
            var status = WaitForData(position + 1, long.MaxValue, streaming: true);
            if (status != RingStatus.Ok)
            {
                sink.Discard();
                if (status == RingStatus.EndOfStream)
                {
                    // Every writer of the pipe is gone in the middle of this message: nothing more will come.
                    Interlocked.Exchange(ref _h->Tail, Volatile.Read(ref _h->Head));
                    Volatile.Write(ref _h->Reading, 0);
                }

                return status; // Dropped: the producer died and this consumer reset the ring past the message
            }

            long available = Math.Min(_cachedHead, end) - position;
            int n = (int)Math.Min(available, length - copied);
            CopyOut(position, target.Slice(copied, n));
            copied += n;
            position = copied == length ? Math.Min(_cachedHead, end) : position + n;
            Interlocked.Exchange(ref _h->Tail, position);
            WakeIfSleeping(&_h->SpaceSeq, &_h->SpaceSleepers);
            RingSeams.AfterStreamedChunk?.Invoke();
        }

        Volatile.Write(ref _h->Reading, 0);
        FinishRead(end, countOnly: true);
        if (Volatile.Read(ref _h->PoisonStart) == start)
        {
            Volatile.Write(ref _h->PoisonStart, -1);
            DropTask();
            sink.Discard();
            return RingStatus.Dropped;
        }

        return RingStatus.Ok;
    }

    /// <summary>The previous consumer died holding the lock: give its message to the next reader, or skip the rest of it.</summary>
    private void RepairAfterDeadConsumer()
    {
        if (Volatile.Read(ref _h->Reading) == 0)
        {
            return;
        }

        long start = _h->ReadingStart, end = _h->ReadingEnd;
        long position = _h->Tail;
        if (position == start)
        {
            Volatile.Write(ref _h->Reading, 0); // nothing was taken out: the next read delivers it again
            return;
        }

        while (position < end)
        {
            if (WaitForData(position + 1, long.MaxValue, streaming: true) != RingStatus.Ok)
            {
                Interlocked.Exchange(ref _h->Tail, Volatile.Read(ref _h->Head));
                Volatile.Write(ref _h->Reading, 0);
                return; // the producer died too (the repair reset both ends), or every writer is gone
            }

            position = Math.Min(_cachedHead, end);
            Interlocked.Exchange(ref _h->Tail, position);
            WakeIfSleeping(&_h->SpaceSeq, &_h->SpaceSleepers);
        }

        Volatile.Write(ref _h->Reading, 0);
        FinishRead(end, countOnly: true);
        DropTask();
    }

    private void FinishRead(long newTail, bool countOnly = false)
    {
        Volatile.Write(ref _h->GetCount, _h->GetCount + 1); // one consumer at a time (the lock); the fence follows
        if (!countOnly)
        {
            Interlocked.Exchange(ref _h->Tail, newTail);
        }
        else
        {
            Interlocked.MemoryBarrier();
        }

        WakeIfSleeping(&_h->SpaceSeq, &_h->SpaceSleepers);
    }

    /// <summary>Waits until the head reaches <paramref name="position"/>.</summary>
    /// <param name="position">The position the head must reach.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline.</param>
    /// <param name="streaming">In the middle of a streamed message: a dead producer is repaired here (the message dropped).</param>
    /// <param name="locked">Whether the caller holds the consumer lock (and may use the cached head).</param>
    /// <param name="spin">Whether to spin before sleeping.</param>
    /// <param name="returnOnWake">Return after the first sleep, woken or not, instead of sleeping again.</param>
    /// <param name="cancellationToken">Ends the wait (<see cref="RingStatus.Canceled"/>).</param>
    private RingStatus WaitForData(long position, long deadline, bool streaming, bool locked = true, bool spin = true, bool returnOnWake = false, CancellationToken cancellationToken = default)
    {
        long spinUntil = spin ? 0 : 1;
        while (true)
        {
            if (HasData(position, locked))
            {
                return RingStatus.Ok;
            }

            long now = Stopwatch.GetTimestamp();
            if (SpinOnce(ref spinUntil, now, deadline))
            {
                continue;
            }

            if (TrackHolders && !AnyHolderAlive(_h->Writers) && !HasData(position, locked))
            {
                return RingStatus.EndOfStream;
            }

            if (!streaming && IsCompleted && !HasData(position, locked))
            {
                return RingStatus.Completed; // completed and drained: nothing more will come
            }

            if (!streaming && !TrackHolders && ProducersGone() && !HasData(position, locked))
            {
                return RingStatus.ProducersGone; // nobody is left to put anything: waiting would be forever
            }

            if (streaming && TryDropDeadProducersMessage())
            {
                return RingStatus.Dropped;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return RingStatus.Canceled;
            }

            if (now >= deadline)
            {
                return RingStatus.TimedOut;
            }

            int seq = Volatile.Read(ref _h->DataSeq);
            Interlocked.Increment(ref _h->DataSleepers);
            if (!HasData(position, locked))
            {
                Futex.Wait(&_h->DataSeq, seq, SpinPolicy.SleepFor(deadline, now));
            }

            Interlocked.Decrement(ref _h->DataSleepers);
            if (returnOnWake)
            {
                return HasData(position, locked) ? RingStatus.Ok : RingStatus.TimedOut;
            }
        }
    }

    private bool HasData(long position, bool locked = true)
    {
        if (!locked)
        {
            return Volatile.Read(ref _h->Head) >= position;
        }

        if (_cachedHead >= position)
        {
            return true;
        }

        _cachedHead = Volatile.Read(ref _h->Head);
        return _cachedHead >= position;
    }

    /// <summary>
    /// While a consumer waits inside a streamed message: if the producer writing it died, take over the producer lock
    /// and reset both ends past the message (it is dropped). True when that happened.
    /// </summary>
    private bool TryDropDeadProducersMessage()
    {
        int holder = Volatile.Read(ref _h->ProducerLock);
        if (holder == 0 || SyncWait.IsAlive(holder) || Volatile.Read(ref _h->Writing) == 0)
        {
            return false;
        }

        if (Interlocked.CompareExchange(ref _h->ProducerLock, ProcessIdentity.Token, holder) != holder)
        {
            return false;
        }

        try
        {
            long end = _h->WritingEnd;
            Interlocked.Exchange(ref _h->Head, end);
            Interlocked.Exchange(ref _h->Tail, end);
            _cachedHead = end;
            Volatile.Write(ref _h->Writing, 0);
            Volatile.Write(ref _h->Reading, 0);
            Interlocked.Increment(ref _h->GetCount);
            DropTask();
            WakeIfSleeping(&_h->SpaceSeq, &_h->SpaceSleepers);
            return true;
        }
        finally
        {
            AssertInvariants(producerSide: true);
            ReleaseLock(&_h->ProducerLock, &_h->ProducerWaiters);
        }
    }


    /// <summary>Waits until a message can be read or the stream ended, without reading it.</summary>
    internal RingStatus WaitReadable(long deadline) => WaitForData(Volatile.Read(ref _h->Tail) + 8, deadline, streaming: false, locked: false);

    /// <summary>Waits until a message can be read, without reading it; spins first only when <paramref name="spin"/> is set.</summary>
    /// <remarks>Unlike the other waits, it also returns (<see cref="RingStatus.TimedOut"/>) after any wake-up, such as <see cref="WakeReaders"/>.</remarks>
    internal RingStatus WaitReadable(long deadline, bool spin) =>
        WaitForData(Volatile.Read(ref _h->Tail) + 8, deadline, streaming: false, locked: false, spin, returnOnWake: true);

    /// <summary>Whether a message (or the start of one) is in the ring now.</summary>
    internal bool IsReadable => Volatile.Read(ref _h->Head) > Volatile.Read(ref _h->Tail);

    /// <summary>
    /// A reader of this process starts polling the ring (reading it with no wait, in a loop): producers skip the
    /// wake-up system call while any poller is active, since the poller sees the data without one.
    /// </summary>
    internal void BeginPolling() => Interlocked.Increment(ref _h->Pollers);

    /// <summary>
    /// The poller stops. Data published while it polled woke nobody: when <paramref name="othersWaiting"/> or data is
    /// in the ring, the sleeping readers are woken now (both sides fence, so a message is never left unannounced).
    /// </summary>
    internal void EndPolling(bool othersWaiting)
    {
        Interlocked.Decrement(ref _h->Pollers); // a full fence before reading the head
        if ((othersWaiting || IsReadable) && Volatile.Read(ref _h->DataSleepers) != 0)
        {
            Interlocked.Increment(ref _h->DataSeq);
            Futex.Wake(&_h->DataSeq, int.MaxValue);
        }
    }

    /// <summary>Wakes every reader asleep on this ring, whatever it waits for (to make it notice a change of state).</summary>
    internal void WakeReaders()
    {
        Interlocked.Increment(ref _h->DataSeq);
        Futex.Wake(&_h->DataSeq, int.MaxValue);
    }
}
