using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>One waiting thread of a <see cref="ProcessCondition"/>, after its <see cref="ConditionHeader"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct ConditionSlot
{
    /// <summary>0 free, 1 waiting, 2 notified: the futex word its thread sleeps on.</summary>
    [FieldOffset(0)] public int State;

    /// <summary>The liveness token of the waiting thread's process.</summary>
    [FieldOffset(4)] public int Token;

    /// <summary>The waiter's place in line (<see cref="ConditionHeader.Ticket"/> when it arrived): notify wakes the oldest.</summary>
    [FieldOffset(8)] public long Ticket;
}
