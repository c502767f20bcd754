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
    /// items of 8 bytes) fit at once, so a worker never waits for room. Pages are reserved when the channel is made.
    /// </summary>
    internal const int RingCapacity = 2 << 20;

    /// <summary>The ring size used when shared memory has no room for <see cref="RingCapacity"/> (larger frames stream through it).</summary>
    internal const int SmallRingCapacity = 64 << 10;

    private readonly SharedMemoryBlock _block;

    private PoolChannel(SharedMemoryBlock block)
    {
        _block = block;
        int capacity = (int)(block.Size / 2) - SharedRing.HeaderSize;
        Tasks = new SharedRing(block.Pointer, block.Name);
        Results = new SharedRing(block.Pointer + SharedRing.SizeFor(capacity), block.Name);
    }

    /// <summary>The segment's name, which the worker attaches to.</summary>
    internal string Name => _block.Name;

    /// <summary>Tasks and the stop request, written by the pool and read by the worker.</summary>
    internal SharedRing Tasks { get; }

    /// <summary>Results and errors, written by the worker and read by the pool.</summary>
    internal SharedRing Results { get; }

    /// <summary>Creates the segment (the pool's side; it owns and removes it), with smaller rings when shared memory is short.</summary>
    /// <exception cref="IOException">Shared memory has no room even for small rings.</exception>
    internal static PoolChannel Create()
    {
        foreach (int capacity in new[] { RingCapacity, SmallRingCapacity })
        {
            if (SharedMemoryBlock.TryCreateReserved(2L * SharedRing.SizeFor(capacity)) is { } block)
            {
                // The task ring tracks its holders, so that a pool writing into it while its worker died sees a broken ring.
                SharedRing.Initialize(block.Pointer, capacity, 0, SharedRing.FlagTrackHolders);
                SharedRing.Initialize(block.Pointer + SharedRing.SizeFor(capacity), capacity, 0, 0);
                return new PoolChannel(block);
            }
        }

        throw SharedMemoryBlock.NoRoom(2L * SharedRing.SizeFor(SmallRingCapacity), "a pool worker's task and result rings");
    }

    /// <summary>Attaches to the pool's segment (the worker's side).</summary>
    /// <param name="name">The segment's name, from the worker's start payload.</param>
    internal static PoolChannel Attach(string name)
    {
        var block = SharedMemoryBlock.Attach(name);
        if (block.Size is not (2L * (SharedRing.HeaderSize + RingCapacity)) and not (2L * (SharedRing.HeaderSize + SmallRingCapacity)))
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
