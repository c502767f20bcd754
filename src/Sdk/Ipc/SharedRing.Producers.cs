using System.Diagnostics;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>Producers: writing a frame at once or streamed, waiting for room, and the repair after a producer that died mid-message.</summary>
internal sealed unsafe partial class SharedRing
{
    /// <summary>Writes one message.</summary>
    /// <param name="payload">The message.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline; 0 means do not wait at all.</param>
    internal RingStatus Write(ReadOnlySpan<byte> payload, long deadline) => Write(payload, default, deadline);

    /// <summary>Writes one message made of two parts (a header and a body), without joining them first.</summary>
    /// <param name="first">The first part of the message.</param>
    /// <param name="second">The rest of the message.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline; 0 means do not wait at all.</param>
    internal RingStatus Write(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, long deadline) =>
        Write(first, second, deadline, default, out _);

    /// <summary>Writes one message made of two parts; a cancelled token ends the wait (<see cref="RingStatus.Canceled"/>).</summary>
    /// <param name="first">The first part of the message.</param>
    /// <param name="second">The rest of the message.</param>
    /// <param name="deadline">A <see cref="Stopwatch"/> deadline; 0 means do not wait at all.</param>
    /// <param name="cancellationToken">Ends the wait (the message is not written then).</param>
    /// <param name="lockBusy">On <see cref="RingStatus.TimedOut"/>: whether another producer held the lock (else there was no room).</param>
    internal RingStatus Write(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, long deadline, CancellationToken cancellationToken, out bool lockBusy)
    {
        lockBusy = false;
        if (IsCompleted)
        {
            return RingStatus.Completed;
        }

        if (!AcquireLock(&_h->ProducerLock, &_h->ProducerWaiters, deadline, out bool abandoned, cancellationToken))
        {
            lockBusy = true;
            return cancellationToken.IsCancellationRequested ? RingStatus.Canceled : RingStatus.TimedOut;
        }

        try
        {
            if (abandoned)
            {
                RepairAfterDeadProducer();
            }

            int length = checked(first.Length + second.Length);
            long frame = FrameSize(length);
            long head = _h->Head;
            if (frame <= Capacity)
            {
                var status = WaitForSpace(head, frame, countsItem: true, deadline, cancellationToken);
                if (status != RingStatus.Ok)
                {
                    return status;
                }

                Copy(head, length);
                Copy(head + 4, first);
                Copy(head + 4 + first.Length, second);
                CountPut(+1);
                Interlocked.Exchange(ref _h->Head, head + frame); // publish, with a full fence before the sleeper check
                WakeReadersIfSleeping();
                return RingStatus.Ok;
            }

            return WriteStreamed(first, second, head, frame, deadline, cancellationToken);
        }
        finally
        {
            AssertInvariants(producerSide: true);
            ReleaseLock(&_h->ProducerLock, &_h->ProducerWaiters);
        }
    }

    private RingStatus WriteStreamed(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, long head, long frame, long deadline, CancellationToken cancellationToken)
    {
        int length = first.Length + second.Length;
        var status = WaitForSpace(head, Math.Min(frame, Chunk), countsItem: true, deadline, cancellationToken);
        if (status != RingStatus.Ok)
        {
            return status;
        }

        _h->WritingStart = head;
        _h->WritingEnd = head + frame;
        Volatile.Write(ref _h->Writing, 1);
        CountPut(+1);
        Copy(head, length);
        long position = head + 4;
        int written = 0;
        while (true)
        {
            long free = Capacity - (position - _cachedTail);
            if (free < Math.Min(Chunk, head + frame - position))
            {
                // Once started, a streamed message is finished whatever the deadline: a half message would block the
                // consumers. Space comes back as the consumer copies out.
                if (WaitForSpace(position, Math.Min(Chunk, head + frame - position), countsItem: false, long.MaxValue) == RingStatus.Broken)
                {
                    return RingStatus.Broken; // every reader is gone: nobody will ever take the rest
                }

                free = Capacity - (position - _cachedTail);
            }

            int n = (int)Math.Min(free, length - written);
            CopyPart(position, first, second, written, n);
            written += n;
            position += n;
            if (written == length)
            {
                position = head + frame; // the padding
            }

            Interlocked.Exchange(ref _h->Head, position);
            WakeReadersIfSleeping();
            RingSeams.AfterStreamedChunk?.Invoke();
            if (position == head + frame)
            {
                Volatile.Write(ref _h->Writing, 0);
                return RingStatus.Ok;
            }
        }
    }

    /// <summary>The previous producer died holding the lock: finish its streamed message with filler, marked as poisoned.</summary>
    private void RepairAfterDeadProducer()
    {
        if (Volatile.Read(ref _h->Writing) == 0)
        {
            return;
        }

        long start = _h->WritingStart, end = _h->WritingEnd;
        long head = _h->Head;
        if (head == start)
        {
            CountPut(-1); // nothing of it was published
            Volatile.Write(ref _h->Writing, 0);
            return;
        }

        Volatile.Write(ref _h->PoisonStart, start);
        while (head < end)
        {
            WaitForSpace(head, Math.Min(Chunk, end - head), countsItem: false, long.MaxValue);
            long n = Math.Min(Capacity - (head - _cachedTail), end - head);
            head += n; // the bytes are left as they are: the consumer drops the whole message
            Interlocked.Exchange(ref _h->Head, head);
            WakeIfSleeping(&_h->DataSeq, &_h->DataSleepers);
        }

        Volatile.Write(ref _h->Writing, 0);
    }

    private RingStatus WaitForSpace(long head, long need, bool countsItem, long deadline, CancellationToken cancellationToken = default)
    {
        long spinUntil = 0;
        while (true)
        {
            if (HasSpace(head, need, countsItem))
            {
                return RingStatus.Ok;
            }

            long now = Stopwatch.GetTimestamp();
            if (SpinOnce(ref spinUntil, now, deadline))
            {
                continue;
            }

            if (TrackHolders && !AnyHolderAlive(_h->Readers))
            {
                return RingStatus.Broken;
            }

            if (countsItem && IsCompleted)
            {
                return RingStatus.Completed; // completed while this producer waited for room: the item is not put
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return RingStatus.Canceled;
            }

            if (now >= deadline)
            {
                return RingStatus.TimedOut;
            }

            int seq = Volatile.Read(ref _h->SpaceSeq);
            Interlocked.Increment(ref _h->SpaceSleepers);
            if (!HasSpace(head, need, countsItem))
            {
                Futex.Wait(&_h->SpaceSeq, seq, SpinPolicy.SleepFor(deadline, now));
            }

            Interlocked.Decrement(ref _h->SpaceSleepers);
        }
    }

    private bool HasSpace(long head, long need, bool countsItem)
    {
        if (countsItem && MaxItems > 0 && Volatile.Read(ref _h->PutCount) - Volatile.Read(ref _h->GetCount) >= MaxItems)
        {
            return false;
        }

        if (Capacity - (head - _cachedTail) >= need)
        {
            return true;
        }

        _cachedTail = Volatile.Read(ref _h->Tail);
        return Capacity - (head - _cachedTail) >= need;
    }
}
