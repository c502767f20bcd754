using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>The 64 bytes before a <see cref="SharedArray{T}"/>'s elements (docs/wire-format.md, "Shared values and arrays").</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct SharedArrayHeader
{
    /// <summary>The header's size: where the elements start.</summary>
    internal const int Size = 64;

    /// <summary>"MPSA" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The array's <see cref="ProcessRLock"/> (used when <see cref="Flags"/> has the lock flag).</summary>
    [FieldOffset(8)] public RLockState Lock;

    /// <summary>1: created with a lock.</summary>
    [FieldOffset(24)] public int Flags;

    /// <summary><c>sizeof(T)</c>, checked by <see cref="SharedArray{T}.Attach"/>.</summary>
    [FieldOffset(28)] public int ElementSize;

    /// <summary>The number of elements.</summary>
    [FieldOffset(32)] public long Length;
}
