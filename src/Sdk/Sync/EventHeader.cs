using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>The segment of a <see cref="ProcessEvent"/> (docs/wire-format.md, "Synchronization primitives").</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct EventHeader
{
    /// <summary>"MPEV" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>(times raised * 2) | set flag: the futex word.</summary>
    [FieldOffset(8)] public int Word;

    /// <summary>How many threads sleep on <see cref="Word"/>.</summary>
    [FieldOffset(12)] public int Waiters;
}
