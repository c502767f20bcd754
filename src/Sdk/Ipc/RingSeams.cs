namespace Multiprocessing.Ipc;

/// <summary>
/// The ring's fault-injection seam: the SDK's tests (through <c>InternalsVisibleTo</c>) set it to stand for what cannot
/// be timed from outside, a process that dies in the middle of a streamed message. Null otherwise, which costs one
/// static read per streamed chunk.
/// </summary>
internal static class RingSeams
{
    /// <summary>Runs after each chunk of a streamed message is published (producer) or copied out (consumer).</summary>
    internal static Action? AfterStreamedChunk;
}
