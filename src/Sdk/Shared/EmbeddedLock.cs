namespace Multiprocessing;

/// <summary>
/// The <see cref="ProcessRLock"/> a <see cref="SharedValue{T}"/> or <see cref="SharedArray{T}"/> carries in its own
/// header when created with one (Python's <c>get_lock()</c>): both headers hold its state right after the segment
/// header (<see cref="SharedValueHeader.Lock"/>, <see cref="SharedArrayHeader.Common"/>) and say whether it is used with
/// the same flag.
/// </summary>
internal static class EmbeddedLock
{
    /// <summary>Where the lock's state starts in the block; part of the lock's name, <c>"&lt;name&gt;#8"</c>.</summary>
    internal const int Offset = SegmentHeader.Size;

    /// <summary>The bit of the header's <c>Flags</c> that says the block was created with a lock.</summary>
    internal const int Flag = 1;

    /// <summary>Opens the lock of <paramref name="block"/> once per handle: the first call stores it in <paramref name="cached"/>.</summary>
    /// <returns>The lock (the same object for every caller).</returns>
    internal static ProcessRLock Open(ref ProcessRLock? cached, SharedMemoryBlock block)
    {
        var created = new ProcessRLock(block, Offset, $"{block.Name}#{Offset}", ownsBlock: false);
        return Interlocked.CompareExchange(ref cached, created, null) ?? created;
    }
}
