using Multiprocessing.Ipc;

namespace Multiprocessing;

/// <summary>Creates pipes between processes (Python's <c>multiprocessing.Pipe</c>).</summary>
public static unsafe class ProcessPipe
{
    /// <summary>The default buffer size of each direction: 1 MiB.</summary>
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>
    /// Creates a pipe and returns its two ends (Python's <c>Pipe(duplex)</c>). Duplex: both ends send and receive.
    /// One-way: the first end only receives, the second only sends.
    /// </summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="duplex">Whether both ends can send.</param>
    /// <param name="bufferSize">Each direction's buffer in bytes (rounded up to a power of two); larger messages are streamed through it.</param>
    /// <returns>The two ends.</returns>
    public static (Connection<T> First, Connection<T> Second) Create<T>(bool duplex = true, int bufferSize = DefaultBufferSize)
    {
        if (!Interop.Futex.IsSupported)
        {
            throw new PlatformNotSupportedException("ProcessPipe needs Linux on x64 (shared memory with futex); other platforms are not supported yet.");
        }

        int capacity = SharedRing.CapacityFor(bufferSize);
        int ringSize = SharedRing.SizeFor(capacity);
        var block = SharedMemoryBlock.CreateReserved(ringSize * (duplex ? 2 : 1), duplex ? "a duplex pipe's two rings" : "a pipe's ring");
        SharedRing.Initialize(block.Pointer, capacity, 0, SharedRing.FlagTrackHolders);
        if (duplex)
        {
            SharedRing.Initialize(block.Pointer + ringSize, capacity, 0, SharedRing.FlagTrackHolders);
        }

        var first = Connection<T>.Open(block, 0);
        Connection<T> second;
        try
        {
            second = Connection<T>.Attach(block.Name, 1); // its own mapping, so each end closes independently
        }
        catch
        {
            first.Dispose();
            throw;
        }

        return (first, second);
    }
}
