using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The 16 bytes of a <see cref="ProcessRLock"/> in shared memory (after a segment header, or inside a condition's,
/// shared value's or shared array's segment): the owner in one 64-bit word, so that process and thread change in one
/// atomic step, then the sleepers and the recursion count (docs/wire-format.md, "Synchronization primitives").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct RLockState
{
    /// <summary>The owner: <see cref="OwnerToken"/> in the low half, <see cref="OwnerThread"/> in the high half; 0 when free.</summary>
    [FieldOffset(0)] public long Owner;

    /// <summary>The owner's liveness token (the low half of <see cref="Owner"/>): the futex word.</summary>
    [FieldOffset(0)] public int OwnerToken;

    /// <summary>The owner's managed thread id (the high half of <see cref="Owner"/>).</summary>
    [FieldOffset(4)] public int OwnerThread;

    /// <summary>How many threads sleep on <see cref="OwnerToken"/>.</summary>
    [FieldOffset(8)] public int Waiters;

    /// <summary>How many times the owner holds the lock.</summary>
    [FieldOffset(12)] public int Count;
}
