using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The 64 bytes before a <see cref="SharedArray{T}"/>'s elements (docs/wire-format.md, "Shared values and arrays"):
/// a <see cref="SharedValueHeader"/> (the segment header, the lock, the flags and the element size), then the length.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal struct SharedArrayHeader
{
    /// <summary>The header's size: where the elements start.</summary>
    internal const int Size = 64;

    /// <summary>What a shared value's header holds ("MPSA" in its segment header).</summary>
    [FieldOffset(0)] public SharedValueHeader Common;

    /// <summary>The number of elements.</summary>
    [FieldOffset(SharedValueHeader.Size)] public long Length;
}
