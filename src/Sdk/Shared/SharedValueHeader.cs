using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>The 32 bytes before a <see cref="SharedValue{T}"/>'s value (docs/wire-format.md, "Shared values and arrays").</summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct SharedValueHeader
{
    /// <summary>The header's size: where the value starts.</summary>
    internal const int Size = 32;

    /// <summary>"MPSV" and the layout version.</summary>
    [FieldOffset(0)] public SegmentHeader Segment;

    /// <summary>The value's <see cref="ProcessRLock"/> (used when <see cref="Flags"/> has the lock flag).</summary>
    [FieldOffset(8)] public RLockState Lock;

    /// <summary>1: created with a lock.</summary>
    [FieldOffset(24)] public int Flags;

    /// <summary><c>sizeof(T)</c>, checked by <see cref="SharedValue{T}.Attach"/>.</summary>
    [FieldOffset(28)] public int ElementSize;
}
