using System.Runtime.InteropServices;

namespace Multiprocessing.Ipc;

/// <summary>
/// The 1024-byte header of a <see cref="SharedRing"/> in shared memory, field by field (docs/wire-format.md, "Shared-memory
/// rings"). What one side writes often sits on a cache line of its own, apart from what the other side reads: the
/// producers' words (head, lock, streamed write) and the consumers' (tail, lock, streamed read) never share a line, as
/// in CoreLib's <c>PaddedHeadAndTail</c>. Every process of the same SDK version reads these bytes: moving a field
/// changes the wire format (a test pins each offset against the document).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal unsafe struct RingHeader
{
    /// <summary>The header's size in bytes; the data area follows.</summary>
    internal const int Size = 1024;

    /// <summary>The number of liveness-token slots of each end (<see cref="Writers"/>, <see cref="Readers"/>).</summary>
    internal const int HolderSlots = 16;

    /// <summary>The most bytes of <see cref="CompletionError"/>.</summary>
    internal const int MaxCompletionErrorBytes = 316;

    /// <summary>"MPRR", written last by the creator.</summary>
    [FieldOffset(0)] public int Magic;

    /// <summary>The data area's size, a power of two.</summary>
    [FieldOffset(4)] public int Capacity;

    /// <summary>The most messages the ring holds (0: no limit).</summary>
    [FieldOffset(8)] public int MaxItems;

    /// <summary><see cref="SharedRing.FlagJoinable"/>, <see cref="SharedRing.FlagTrackHolders"/>.</summary>
    [FieldOffset(12)] public int Flags;

    /// <summary>0 open, 1 completed, 2 completed with an error (<see cref="CompletionError"/>).</summary>
    [FieldOffset(16)] public int Completion;

    /// <summary>1 when more producers put than <see cref="Writers"/> can record.</summary>
    [FieldOffset(20)] public int ProducersOverflow;

    /// <summary>Where the next frame goes (written by the producer holding the lock).</summary>
    [FieldOffset(64)] public long Head;

    /// <summary>Messages put so far.</summary>
    [FieldOffset(72)] public long PutCount;

    /// <summary>The producers' lock: the holder's liveness token, 0 when free (a futex word).</summary>
    [FieldOffset(128)] public int ProducerLock;

    /// <summary>Threads asleep on <see cref="ProducerLock"/>.</summary>
    [FieldOffset(132)] public int ProducerWaiters;

    /// <summary>1 while a streamed message is being written.</summary>
    [FieldOffset(136)] public int Writing;

    /// <summary>The position of the streamed message being written.</summary>
    [FieldOffset(144)] public long WritingStart;

    /// <summary>The position after the streamed message being written (its padding included).</summary>
    [FieldOffset(152)] public long WritingEnd;

    /// <summary>The start of a message its dead producer left unfinished, for the consumer to drop (-1: none).</summary>
    [FieldOffset(160)] public long PoisonStart;

    /// <summary>Where the next frame is read (written by the consumer holding the lock).</summary>
    [FieldOffset(192)] public long Tail;

    /// <summary>Messages taken out so far.</summary>
    [FieldOffset(200)] public long GetCount;

    /// <summary>The consumers' lock: the holder's liveness token, 0 when free (a futex word).</summary>
    [FieldOffset(256)] public int ConsumerLock;

    /// <summary>Threads asleep on <see cref="ConsumerLock"/>.</summary>
    [FieldOffset(260)] public int ConsumerWaiters;

    /// <summary>1 while a streamed message is being read.</summary>
    [FieldOffset(264)] public int Reading;

    /// <summary>The position of the streamed message being read.</summary>
    [FieldOffset(272)] public long ReadingStart;

    /// <summary>The position after the streamed message being read.</summary>
    [FieldOffset(280)] public long ReadingEnd;

    /// <summary>The "data" sequence word (a futex word), bumped when data comes and someone sleeps.</summary>
    [FieldOffset(320)] public int DataSeq;

    /// <summary>Threads asleep on <see cref="DataSeq"/>.</summary>
    [FieldOffset(324)] public int DataSleepers;

    /// <summary>The "space" sequence word (a futex word), bumped when room is freed and someone sleeps.</summary>
    [FieldOffset(384)] public int SpaceSeq;

    /// <summary>Threads asleep on <see cref="SpaceSeq"/>.</summary>
    [FieldOffset(388)] public int SpaceSleepers;

    /// <summary>Unfinished tasks of a joinable queue (the futex word of <c>Join</c>).</summary>
    [FieldOffset(448)] public int Unfinished;

    /// <summary>Threads asleep on <see cref="Unfinished"/>.</summary>
    [FieldOffset(452)] public int UnfinishedSleepers;

    /// <summary>Pipes: the liveness tokens of the writing end's holders (negative: reserved); queues: the producers.</summary>
    [FieldOffset(512)] public fixed int Writers[HolderSlots];

    /// <summary>Pipes: the liveness tokens of the reading end's holders.</summary>
    [FieldOffset(576)] public fixed int Readers[HolderSlots];

    /// <summary>Readers of the consumer's process polling the ring now: while not 0, producers skip the wake-up call.</summary>
    [FieldOffset(640)] public int Pollers;

    /// <summary>The UTF-8 length of <see cref="CompletionError"/>.</summary>
    [FieldOffset(704)] public int CompletionErrorLength;

    /// <summary>The error a queue was completed with (<c>"type: message"</c>, UTF-8), written before <see cref="Completion"/>.</summary>
    [FieldOffset(708)] public fixed byte CompletionError[MaxCompletionErrorBytes];
}
