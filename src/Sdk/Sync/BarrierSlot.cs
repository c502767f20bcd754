using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>One waiting thread of a <see cref="ProcessBarrier"/>, after its <see cref="BarrierHeader"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct BarrierSlot
{
    /// <summary>0 free, 1 waiting, 2 passed, 3 broken: the futex word its thread sleeps on.</summary>
    [FieldOffset(0)] public int State;

    /// <summary>The liveness token of the waiting thread's process.</summary>
    [FieldOffset(4)] public int Token;
}
