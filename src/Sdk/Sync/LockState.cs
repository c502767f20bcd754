using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The 8 bytes of a <see cref="ProcessLock"/> in shared memory (a segment of its own, or inside a
/// <see cref="ProcessBarrier"/>'s): the futex word holding the owner's liveness token and the count of sleepers
/// (docs/wire-format.md, "Synchronization primitives").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 8)]
internal struct LockState
{
    /// <summary>The holder's liveness token, 0 when free: the futex word.</summary>
    [FieldOffset(0)] public int Holder;

    /// <summary>How many threads (of all processes) sleep on <see cref="Holder"/>.</summary>
    [FieldOffset(4)] public int Waiters;
}
