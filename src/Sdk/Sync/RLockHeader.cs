using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>The segment of a <see cref="ProcessRLock"/> of its own: the segment header, then the lock's state.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
internal struct RLockHeader
{
    /// <summary>"MPRL" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The lock.</summary>
    [FieldOffset(8)] public RLockState State;
}
