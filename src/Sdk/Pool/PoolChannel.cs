using Multiprocessing.Ipc;

namespace Multiprocessing.Pool;

/// <summary>
/// The shared memory between a pool and one of its workers: a ring of tasks (pool to worker) and a ring of results
/// (worker to pool), each frame starting with its <see cref="Spawn.FrameType"/>. Handing a task over costs a copy and
/// a store, plus a wake-up system call only when the other side sleeps; the control socket is kept only to notice
/// the other process's death.
/// </summary>
internal sealed unsafe class PoolChannel : IDisposable
{
    /// <summary>
    /// The data bytes of each ring: two chunks of Python's default size for a map of a million items (125,000
    /// items of 8 bytes) fit at once, so a worker never waits for room. Pages are touched only as data passes.
    /// </summary>
    internal const int RingCapacity = 2 << 20;

    private readonly SharedMemoryBlock _block;

    private PoolChannel(SharedMemoryBlock block)
    {
        _block = block;
        Tasks = new SharedRing(block.Pointer, block.Name);
        Results = new SharedRing(block.Pointer + SharedRing.SizeFor(RingCapacity), block.Name);
    }

    /// <summary>The segment's name, which the worker attaches to.</summary>
    internal string Name => _block.Name;

    /// <summary>Tasks and the stop request, written by the pool and read by the worker.</summary>
    internal SharedRing Tasks { get; }

    /// <summary>Results and errors, written by the worker and read by the pool.</summary>
    internal SharedRing Results { get; }

    /// <summary>Creates the segment (the pool's side; it owns and removes it).</summary>
    internal static PoolChannel Create()
    {
        var block = SharedMemoryBlock.Create(2L * SharedRing.SizeFor(RingCapacity));
        // The task ring tracks its holders, so that a pool writing into it while its worker died sees a broken ring.
        SharedRing.Initialize(block.Pointer, RingCapacity, 0, SharedRing.FlagTrackHolders);
        SharedRing.Initialize(block.Pointer + SharedRing.SizeFor(RingCapacity), RingCapacity, 0, 0);
        return new PoolChannel(block);
    }

    /// <summary>Attaches to the pool's segment (the worker's side).</summary>
    /// <param name="name">The segment's name, from the worker's start payload.</param>
    internal static PoolChannel Attach(string name)
    {
        var block = SharedMemoryBlock.Attach(name);
        if (block.Size != 2L * SharedRing.SizeFor(RingCapacity))
        {
            block.Dispose();
            throw new InvalidDataException($"Shared memory '{name}' is not a pool channel of this SDK version ({block.Size} bytes).");
        }

        return new PoolChannel(block);
    }

    /// <summary>Keeps the mapping alive for one operation; false once the channel is disposed.</summary>
    internal bool TryPin(out SharedMemoryBlock.MappingPin pin) => _block.TryPin(out pin);

    /// <summary>Unmaps the segment (and removes it, on the pool's side) once no operation holds a pin.</summary>
    public void Dispose() => _block.Dispose();
}
