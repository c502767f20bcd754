using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The segment of a <see cref="ProcessSemaphore"/> or <see cref="ProcessBoundedSemaphore"/> (docs/wire-format.md,
/// "Synchronization primitives").
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
internal struct SemaphoreHeader
{
    /// <summary>"MPSM" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The count: the futex word.</summary>
    [FieldOffset(8)] public int Value;

    /// <summary>How many threads sleep on <see cref="Value"/>.</summary>
    [FieldOffset(12)] public int Waiters;

    /// <summary>The most <see cref="Value"/> may reach (<see cref="int.MaxValue"/> unless bounded).</summary>
    [FieldOffset(16)] public int Max;

    /// <summary>1: bounded (a <see cref="ProcessBoundedSemaphore"/>).</summary>
    [FieldOffset(20)] public int Flags;
}
