using System.Diagnostics;
using System.Runtime.CompilerServices;
using Multiprocessing.Interop;

namespace Multiprocessing.Ipc;

/// <summary>
/// A ring of length-prefixed messages in shared memory, for many producers and many consumers in any processes:
/// the engine under <see cref="ProcessQueue{T}"/> and <see cref="Connection{T}"/>.
/// </summary>
/// <remarks>
/// <para>Layout (docs/wire-format.md): a 1024-byte header, then <c>capacity</c> bytes of data (a power of two).
/// Positions are ever-growing 64-bit byte counts; a position's index is <c>position &amp; (capacity - 1)</c>. A
/// message is a frame: its payload length (int32), the payload, padding to 8 bytes. Frames that fit in the ring are
/// published at once (one store of the head); larger ones are streamed through it in chunks while the consumer
/// copies them out, so a message of any size is delivered.</para>
/// <para>Producers take turns through a lock word (the holder's liveness token, never a pid), consumers through another, so each side is
/// single-threaded under its lock and head and tail are each written by one side only. Waiting for data or space
/// spins briefly (<see cref="SpinPolicy"/>), then sleeps on a futex sequence word that the other side bumps only when
/// someone sleeps; both sides fence between publishing and checking for sleepers, so no wake-up is lost.</para>
/// <para>Dead processes: a lock whose holder died is taken over. A consumer that died before taking a message out
/// leaves it for the next consumer; one that died in the middle of a streamed message makes the next consumer skip
/// the rest of that message. A producer that died in the middle of a streamed message gets its message completed
/// with filler and marked, so the consumer drops it. Nothing else is disturbed.</para>
/// </remarks>
internal sealed unsafe class SharedRing
{
    internal const int HeaderSize = RingHeader.Size;
    internal const int HolderSlots = RingHeader.HolderSlots;
    private const int Magic = 0x5252504D; // "MPRR"
    private const int MaxCompletionErrorBytes = RingHeader.MaxCompletionErrorBytes;

    /// <summary>Completion word: not completed.</summary>
    private const int Open = 0;

    /// <summary>Completion word: completed without an error.</summary>
    private const int CompletedOk = 1;

    /// <summary>Completion word: completed with an error (its text is <see cref="RingHeader.CompletionError"/>).</summary>
    private const int CompletedWithError = 2;

    /// <summary>Flag: the ring counts unfinished tasks (a joinable queue).</summary>
    internal const int FlagJoinable = 1;

    /// <summary>Flag: the ring tracks the processes holding its ends (a pipe: end of stream, broken pipe).</summary>
    internal const int FlagTrackHolders = 2;

    /// <summary>Tests only: runs in the middle of a streamed message (after its first chunk), to stand for a process that dies there.</summary>
    internal static Action? MidStreamHookForTests;

    private readonly RingHeader* _h;
    private readonly byte* _data;
    private readonly long _mask;
    private readonly string _name;
    private long _cachedTail;
    private long _cachedHead;
    private long _inPlaceEnd;

    /// <summary>Opens the ring whose header starts at <paramref name="header"/> (initialized or validated by the caller).</summary>
    internal SharedRing(byte* header, string name)
    {
        var h = (RingHeader*)header;
        if (h->Magic != Magic)
        {
            throw new InvalidDataException($"Shared memory '{name}' does not hold a queue or pipe of this SDK version.");
        }

        _h = h;
        _data = header + HeaderSize;
        Capacity = h->Capacity;
        _mask = Capacity - 1;
        _name = name;
        MaxItems = h->MaxItems;
        Flags = h->Flags;
    }

    /// <summary>How much room a streaming producer waits for before it copies more: a quarter of the ring.</summary>
    private long Chunk => Capacity / 4;

    /// <summary>The data area's size in bytes.</summary>
    internal int Capacity { get; }

    /// <summary>The most messages the ring holds (0: as many as fit).</summary>
    internal int MaxItems { get; }

    /// <summary>The ring's flags.</summary>
    internal int Flags { get; }

    /// <summary>How many messages are in the ring (approximate while others put and get).</summary>
    internal int Count => (int)Math.Max(0, Volatile.Read(ref _h->PutCount) - Volatile.Read(ref _h->GetCount));

    /// <summary>The unfinished-task count of a joinable queue.</summary>
    internal int Unfinished => Volatile.Read(ref _h->Unfinished);

    /// <summary>The bytes a ring of <paramref name="capacity"/> data bytes needs.</summary>
    internal static int SizeFor(int capacity) => HeaderSize + capacity;

    /// <summary>Rounds a requested buffer size to a valid capacity (a power of two, at least 4 KiB).</summary>
    internal static int CapacityFor(int bufferSize)
    {
        if (bufferSize <= 0 || bufferSize > 1 << 30)
        {
            throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "The buffer size must be between 1 byte and 1 GiB.");
        }

        return (int)Math.Max(4096, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)bufferSize));
    }

    /// <summary>Writes a fresh header (the memory is zeroed, as a new segment is).</summary>
    internal static void Initialize(byte* header, int capacity, int maxItems, int flags)
    {
        var h = (RingHeader*)header;
        h->Capacity = capacity;
        h->MaxItems = maxItems;
        h->Flags = flags;
        h->PoisonStart = -1;
        Volatile.Write(ref h->Magic, Magic);
    }

    // ---- producers ----

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
            MidStreamHookForTests?.Invoke();
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
            if (spinUntil == 0)
            {
                spinUntil = now + SpinPolicy.SpinTicks;
            }

            if (now < spinUntil && now < deadline)
            {
                Thread.SpinWait(4);
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

    // ---- consumers ----

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
            MidStreamHookForTests?.Invoke();
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
            if (spinUntil == 0)
            {
                spinUntil = now + SpinPolicy.SpinTicks;
            }

            if (now < spinUntil && now < deadline)
            {
                Thread.SpinWait(4);
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

    // ---- joinable queues ----

    /// <summary>Counts a message as an unfinished task (before it is published).</summary>
    private void CountPut(int delta)
    {
        Volatile.Write(ref _h->PutCount, _h->PutCount + delta);
        if ((Flags & FlagJoinable) != 0)
        {
            if (delta > 0)
            {
                Interlocked.Increment(ref _h->Unfinished);
            }
            else
            {
                DropTask();
            }
        }
    }

    private void DropTask()
    {
        if ((Flags & FlagJoinable) != 0)
        {
            TaskDone();
        }
    }

    /// <summary>Marks one task done; false when there was none.</summary>
    internal bool TaskDone()
    {
        ref int unfinished = ref _h->Unfinished;
        while (true)
        {
            int current = Volatile.Read(ref unfinished);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref unfinished, current - 1, current) == current)
            {
                if (current == 1 && Volatile.Read(ref _h->UnfinishedSleepers) > 0)
                {
                    Futex.Wake(&_h->Unfinished, int.MaxValue);
                }

                return true;
            }
        }
    }

    /// <summary>Waits until every task put was marked done.</summary>
    internal bool JoinTasks(long deadline, CancellationToken cancellationToken = default)
    {
        ref int unfinished = ref _h->Unfinished;
        while (true)
        {
            int current = Volatile.Read(ref unfinished);
            if (current == 0)
            {
                return true;
            }

            cancellationToken.ThrowIfCancellationRequested();

            long now = Stopwatch.GetTimestamp();
            if (now >= deadline)
            {
                return false;
            }

            Interlocked.Increment(ref _h->UnfinishedSleepers);
            Futex.Wait(&_h->Unfinished, current, SpinPolicy.SleepFor(deadline, now));
            Interlocked.Decrement(ref _h->UnfinishedSleepers);
        }
    }

    // ---- holders (pipes) ----

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

    // ---- completion ----

    /// <summary>Whether <see cref="Complete"/> was called (by any process).</summary>
    internal bool IsCompleted => Volatile.Read(ref _h->Completion) != Open;

    /// <summary>Whether the ring was completed and holds no message any more: nothing more will ever be read.</summary>
    internal bool IsCompletedAndDrained => IsCompleted && !IsReadable;

    /// <summary>The error text given to <see cref="Complete"/>, if it was given one.</summary>
    internal string? CompletionError
    {
        get
        {
            if (Volatile.Read(ref _h->Completion) != CompletedWithError)
            {
                return null;
            }

            int length = Math.Clamp(_h->CompletionErrorLength, 0, MaxCompletionErrorBytes);
            return System.Text.Encoding.UTF8.GetString(new ReadOnlySpan<byte>(_h->CompletionError, length));
        }
    }

    /// <summary>
    /// Marks the ring completed (no more messages will be written) and wakes every waiter, in every process; false when
    /// it was completed already. <paramref name="error"/> (truncated to the room in the header) is kept for the readers.
    /// </summary>
    internal bool Complete(string? error)
    {
        ref int word = ref _h->Completion;
        if (error is not null)
        {
            // Written before the word is published; a second, racing Complete cannot overwrite a published text.
            if (Volatile.Read(ref word) != Open)
            {
                return false;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(error);
            int length = Math.Min(bytes.Length, MaxCompletionErrorBytes);
            bytes.AsSpan(0, length).CopyTo(new Span<byte>(_h->CompletionError, length));
            _h->CompletionErrorLength = length;
        }

        if (Interlocked.CompareExchange(ref word, error is null ? CompletedOk : CompletedWithError, Open) != Open)
        {
            return false;
        }

        WakeEveryone();
        return true;
    }

    /// <summary>
    /// Wakes every thread of every process asleep on this ring, whatever it waits for (data, room, a lock, the
    /// unfinished count), so that it looks at the ring's state again: after a completion, or for a cancelled token.
    /// </summary>
    internal void WakeEveryone()
    {
        Interlocked.Increment(ref _h->DataSeq);
        Futex.WakeAll(&_h->DataSeq);
        Interlocked.Increment(ref _h->SpaceSeq);
        Futex.WakeAll(&_h->SpaceSeq);
        Futex.WakeAll(&_h->ConsumerLock);
        Futex.WakeAll(&_h->ProducerLock);
        Futex.WakeAll(&_h->Unfinished);
    }

    /// <summary>Registers a blocking call's token: its cancellation wakes the ring's sleepers so the call sees it.</summary>
    internal CancellationTokenRegistration WakeOnCancel(CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled ? cancellationToken.UnsafeRegister(static s => ((SharedRing)s!).WakeEveryone(), this) : default;

    // ---- async waits ----

    /// <summary>
    /// After a read that could not be done without waiting: arms <paramref name="operation"/> on the word to sleep on
    /// (the consumer lock when <paramref name="lockBusy"/>, else the data sequence word, counting it as a sleeper so
    /// producers wake it). False: the state changed meanwhile, try again at once.
    /// </summary>
    internal bool ArmRead(WaitOperation operation, bool lockBusy) =>
        lockBusy
            ? ArmLock(operation, &_h->ConsumerLock, &_h->ConsumerWaiters)
            : ArmSequence(operation, &_h->DataSeq, &_h->DataSleepers, watchesPeers: TrackHolders || HasOtherProducers(), stillWaiting: () => !IsReadable && !IsCompleted);

    /// <summary>
    /// After a write that could not be done without waiting: arms <paramref name="operation"/> on the producer lock or
    /// the space sequence word (consumers wake it when they free room). False: try again at once.
    /// </summary>
    /// <param name="operation">The pending write.</param>
    /// <param name="lockBusy">Whether the write failed on the producer lock.</param>
    /// <param name="getCount">The consumers' count of messages taken, read before the failed attempt: any read since frees room.</param>
    internal bool ArmWrite(WaitOperation operation, bool lockBusy, long getCount) =>
        lockBusy
            ? ArmLock(operation, &_h->ProducerLock, &_h->ProducerWaiters)
            : ArmSequence(operation, &_h->SpaceSeq, &_h->SpaceSleepers, watchesPeers: TrackHolders, stillWaiting: () => Volatile.Read(ref _h->GetCount) == getCount && !IsCompleted);

    /// <summary>The consumers' count of messages taken so far.</summary>
    internal long GetCount => Volatile.Read(ref _h->GetCount);

    /// <summary>Arms <paramref name="operation"/> on the unfinished-task count of a joinable queue; false when it is zero.</summary>
    internal bool ArmJoin(WaitOperation operation)
    {
        int current = Volatile.Read(ref _h->Unfinished);
        if (current == 0)
        {
            return false;
        }

        Interlocked.Increment(ref _h->UnfinishedSleepers);
        operation.Arm(&_h->Unfinished, current, &_h->UnfinishedSleepers, watchesPeers: false);
        return true;
    }

    /// <summary>Arms <paramref name="operation"/> on the data sequence word, for a wait on the completion of the ring.</summary>
    internal void ArmCompletion(WaitOperation operation)
    {
        // Readers taking the last message bump the space word when someone sleeps there; a Complete bumps both.
        int seq = Volatile.Read(ref _h->SpaceSeq);
        Interlocked.Increment(ref _h->SpaceSleepers);
        operation.Arm(&_h->SpaceSeq, seq, &_h->SpaceSleepers, watchesPeers: false);
    }

    /// <summary>On a liveness tick: whether a process an armed wait depends on may have died.</summary>
    internal bool PeerMayBeGone(WaitOperation operation)
    {
        if (operation.Word == &_h->ConsumerLock || operation.Word == &_h->ProducerLock)
        {
            return !SyncWait.IsAlive(operation.Expected);
        }

        return TrackHolders ? !AnyHolderAlive(_h->Writers) || !AnyHolderAlive(_h->Readers) : ProducersGone();
    }

    // ---- a queue's producers ----

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

    // ---- locks ----

    private static bool AcquireLock(int* lockWord, int* waiters, long deadline, out bool abandoned, CancellationToken cancellationToken = default)
    {
        abandoned = false;
        ref int word = ref *lockWord;
        int me = ProcessIdentity.Token;
        if (Interlocked.CompareExchange(ref word, me, 0) == 0)
        {
            return true;
        }

        long spinUntil = 0;
        while (true)
        {
            int holder = Volatile.Read(ref word);
            if (holder == 0)
            {
                if (Interlocked.CompareExchange(ref word, me, 0) == 0)
                {
                    return true;
                }

                continue;
            }

            long now = Stopwatch.GetTimestamp();
            if (spinUntil == 0)
            {
                spinUntil = now + SpinPolicy.SpinTicks;
            }

            if (now < spinUntil && now < deadline)
            {
                Thread.SpinWait(4);
                continue;
            }

            if (holder != me && !SyncWait.IsAlive(holder) && Interlocked.CompareExchange(ref word, me, holder) == holder)
            {
                abandoned = true;
                return true;
            }

            if (now >= deadline || cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            Interlocked.Increment(ref *waiters);
            Futex.Wait(lockWord, holder, SpinPolicy.SleepFor(deadline, now));
            Interlocked.Decrement(ref *waiters);
        }
    }

    private static void ReleaseLock(int* word, int* waiters)
    {
        Debug.Assert(Volatile.Read(ref *word) == ProcessIdentity.Token, "A ring lock is released only by a thread of the process that holds it.");
        Interlocked.Exchange(ref *word, 0);
        if (Volatile.Read(ref *waiters) > 0)
        {
            Futex.Wake(word, 1);
        }
    }

    /// <summary>After publishing data: wakes sleeping readers, unless a local poller is reading (it needs no wake-up).</summary>
    private void WakeReadersIfSleeping()
    {
        if (Volatile.Read(ref _h->DataSleepers) != 0 && Volatile.Read(ref _h->Pollers) == 0)
        {
            Interlocked.Increment(ref _h->DataSeq);
            Futex.Wake(&_h->DataSeq, int.MaxValue);
        }
    }

    private static void WakeIfSleeping(int* sequence, int* sleepers)
    {
        if (Volatile.Read(ref *sleepers) != 0)
        {
            Interlocked.Increment(ref *sequence);
            Futex.Wake(sequence, int.MaxValue);
        }
    }

    /// <summary>
    /// Debug builds: checks what must hold at the end of every operation that changes the ring, while the caller still
    /// holds the lock of <paramref name="producerSide"/> (as Channels' <c>AssertInvariants</c>). The caller's own end is
    /// stable then and is read first, so the other side's moves cannot make a true invariant look false: the tail never
    /// passes the head, the head never runs more than the capacity ahead of the tail.
    /// </summary>
    [Conditional("DEBUG")]
    private void AssertInvariants(bool producerSide)
    {
        int* lockWord = producerSide ? &_h->ProducerLock : &_h->ConsumerLock;
        Debug.Assert(Volatile.Read(ref *lockWord) == ProcessIdentity.Token, $"Ring '{_name}': the {(producerSide ? "producers'" : "consumers'")} lock is not held by this process.");
        long head, tail;
        if (producerSide)
        {
            head = Volatile.Read(ref _h->Head);
            tail = Volatile.Read(ref _h->Tail);
        }
        else
        {
            tail = Volatile.Read(ref _h->Tail);
            head = Volatile.Read(ref _h->Head);
        }

        Debug.Assert(tail <= head, $"Ring '{_name}': the tail ({tail}) passed the head ({head}).");
        Debug.Assert(head - tail <= Capacity, $"Ring '{_name}': the head ({head}) is more than the capacity ({Capacity}) ahead of the tail ({tail}).");
        Debug.Assert(_h->Capacity == Capacity && (Capacity & (Capacity - 1)) == 0, $"Ring '{_name}': the header's capacity ({_h->Capacity}) changed.");
        Debug.Assert(Volatile.Read(ref _h->Completion) is Open or CompletedOk or CompletedWithError, $"Ring '{_name}': completion word {_h->Completion}.");
        int writing = Volatile.Read(ref _h->Writing), reading = Volatile.Read(ref _h->Reading);
        Debug.Assert(writing is 0 or 1 && reading is 0 or 1, $"Ring '{_name}': streaming flags {writing}/{reading}.");
        Debug.Assert(!producerSide || writing != 0 || (head & 7) == 0, $"Ring '{_name}': no message is being streamed in, yet the head ({head}) is not at a frame boundary.");
    }

    // ---- memory ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long FrameSize(int length) => (4L + length + 7) & ~7L;

    private void Copy(long position, int value)
    {
        // Frames are 8-aligned and capacity is a power of two >= 4 KiB, so the length never wraps.
        *(int*)(_data + (position & _mask)) = value;
    }

    private int ReadInt(long position) => *(int*)(_data + (position & _mask));

    private void Copy(long position, ReadOnlySpan<byte> source)
    {
        int index = (int)(position & _mask);
        int first = Math.Min(source.Length, Capacity - index);
        source[..first].CopyTo(new Span<byte>(_data + index, first));
        if (first < source.Length)
        {
            source[first..].CopyTo(new Span<byte>(_data, source.Length - first));
        }
    }

    /// <summary>Copies <paramref name="count"/> bytes from <paramref name="offset"/> of the concatenation of two parts.</summary>
    private void CopyPart(long position, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, int offset, int count)
    {
        if (offset < first.Length)
        {
            int n = Math.Min(count, first.Length - offset);
            Copy(position, first.Slice(offset, n));
            position += n;
            offset += n;
            count -= n;
        }

        if (count > 0)
        {
            Copy(position, second.Slice(offset - first.Length, count));
        }
    }

    private void CopyOut(long position, Span<byte> target)
    {
        int index = (int)(position & _mask);
        int first = Math.Min(target.Length, Capacity - index);
        new ReadOnlySpan<byte>(_data + index, first).CopyTo(target);
        if (first < target.Length)
        {
            new ReadOnlySpan<byte>(_data, target.Length - first).CopyTo(target[first..]);
        }
    }
}
