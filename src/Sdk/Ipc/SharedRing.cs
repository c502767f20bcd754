using System.Runtime.CompilerServices;

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
/// <para>One file per concern: this one (layout, creation, copies), <c>.Producers</c>, <c>.Consumers</c>, <c>.Locks</c>
/// (lock words, wake-ups, Debug invariant checks), <c>.Tasks</c> (joinable queues), <c>.Holders</c> (pipe ends, queue
/// producers), <c>.Completion</c>, <c>.AsyncWaits</c>; the header is <see cref="RingHeader"/>.</para>
/// </remarks>
internal sealed unsafe partial class SharedRing
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
