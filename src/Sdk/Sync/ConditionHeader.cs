using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The first 256 bytes of a <see cref="ProcessCondition"/>'s 4096-byte segment; its <see cref="ConditionSlot"/>s
/// follow (docs/wire-format.md, "Synchronization primitives").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal unsafe struct ConditionHeader
{
    /// <summary>The header's size: where the slots start.</summary>
    internal const int Size = 256;

    /// <summary>The most bytes of <see cref="LockName"/>.</summary>
    internal const int MaxLockNameBytes = 200;

    /// <summary>"MPCV" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The condition's own lock, used when it was created without one.</summary>
    [FieldOffset(8)] public RLockState OwnLock;

    /// <summary>The kind of the lock in use: 1 a <see cref="ProcessLock"/>, 2 a <see cref="ProcessRLock"/>.</summary>
    [FieldOffset(24)] public int LockKind;

    /// <summary>The UTF-8 length of <see cref="LockName"/>.</summary>
    [FieldOffset(28)] public int LockNameLength;

    /// <summary>The name the lock in use attaches by (UTF-8).</summary>
    [FieldOffset(32)] public fixed byte LockName[MaxLockNameBytes];

    /// <summary>The place in line of the last waiter.</summary>
    [FieldOffset(240)] public long Ticket;
}
