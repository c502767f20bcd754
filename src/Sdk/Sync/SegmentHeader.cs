using System.Runtime.InteropServices;

namespace Multiprocessing;

/// <summary>
/// The first 8 bytes of every segment that holds an SDK object (other than <see cref="ProcessLock"/> and a raw
/// <see cref="SharedMemoryBlock"/>): a magic number naming the kind of object and a layout version, so that attaching
/// to the wrong kind of segment fails with a clear error instead of misreading memory.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
internal unsafe struct SegmentHeader
{
    internal const int Size = 8;
    internal const int Version = 1;

    /// <summary>Four ASCII letters naming the kind of object, written last by the creator.</summary>
    [FieldOffset(0)] public int Magic;

    /// <summary>The layout version (<see cref="Version"/>).</summary>
    [FieldOffset(4)] public int LayoutVersion;

    // Four ASCII letters, little-endian: "MPRL", "MPSM", "MPEV", "MPCV", "MPBR", "MPSV", "MPSA".
    internal const int RLock = 'M' | ('P' << 8) | ('R' << 16) | ('L' << 24);
    internal const int Semaphore = 'M' | ('P' << 8) | ('S' << 16) | ('M' << 24);
    internal const int Event = 'M' | ('P' << 8) | ('E' << 16) | ('V' << 24);
    internal const int Condition = 'M' | ('P' << 8) | ('C' << 16) | ('V' << 24);
    internal const int Barrier = 'M' | ('P' << 8) | ('B' << 16) | ('R' << 24);
    internal const int Value = 'M' | ('P' << 8) | ('S' << 16) | ('V' << 24);
    internal const int Array = 'M' | ('P' << 8) | ('S' << 16) | ('A' << 24);

    /// <summary>Writes the header of a freshly created segment.</summary>
    internal static void Stamp(SharedMemoryBlock block, int magic)
    {
        var header = (SegmentHeader*)block.Pointer;
        header->LayoutVersion = Version;
        Volatile.Write(ref header->Magic, magic);
    }

    /// <summary>The magic number at the start of <paramref name="block"/> (0 if the block is too small to have one).</summary>
    internal static int MagicOf(SharedMemoryBlock block) => block.Size >= Size ? Volatile.Read(ref ((SegmentHeader*)block.Pointer)->Magic) : 0;

    /// <summary>
    /// Checks that <paramref name="block"/> holds an object of the kind <paramref name="magic"/> names, in a layout this
    /// version reads; disposes the block and throws otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The segment holds something else.</exception>
    internal static void Check(SharedMemoryBlock block, int magic, string typeName, int minimumSize)
    {
        int found = MagicOf(block);
        int version = found == magic ? ((SegmentHeader*)block.Pointer)->LayoutVersion : 0;
        if (found != magic || version != Version || block.Size < minimumSize)
        {
            string name = block.Name;
            block.Dispose();
            throw new ArgumentException(
                found != magic
                    ? $"Shared memory '{name}' does not hold a {typeName}{(KindOf(found) is { } kind ? $" (it holds a {kind})" : "")}: attach with the type that created it."
                    : $"Shared memory '{name}' holds a {typeName} of another layout (version {version}, {block.Size} bytes): create and attach it with the same SDK version.",
                "name");
        }
    }

    /// <summary>The type whose segments start with <paramref name="magic"/>, if any.</summary>
    internal static string? KindOf(int magic) => magic switch
    {
        RLock => "ProcessRLock",
        Semaphore => "ProcessSemaphore",
        Event => "ProcessEvent",
        Condition => "ProcessCondition",
        Barrier => "ProcessBarrier",
        Value => "SharedValue",
        Array => "SharedArray",
        _ => null,
    };
}
