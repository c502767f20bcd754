using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The first 64 bytes of a <see cref="ProcessBarrier"/>'s segment; <see cref="Capacity"/> <see cref="BarrierSlot"/>s
/// follow (docs/wire-format.md, "Synchronization primitives"). Everything after <see cref="Mutex"/> is read and
/// written under it.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct BarrierHeader
{
    /// <summary>The header's size: where the slots start.</summary>
    internal const int Size = 64;

    /// <summary>"MPBR" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The <see cref="ProcessLock"/> guarding the barrier.</summary>
    [FieldOffset(8)] public LockState Mutex;

    /// <summary>How many threads must arrive.</summary>
    [FieldOffset(16)] public int Parties;

    /// <summary>How many have arrived in this round.</summary>
    [FieldOffset(20)] public int Count;

    /// <summary>1 when broken.</summary>
    [FieldOffset(24)] public int Broken;

    /// <summary>The number of slots.</summary>
    [FieldOffset(28)] public int Capacity;

    /// <summary>The default timeout of a wait in ticks, -1 for none.</summary>
    [FieldOffset(32)] public long Timeout;

    /// <summary>How many rounds have completed or been reset.</summary>
    [FieldOffset(40)] public int Generation;
}
