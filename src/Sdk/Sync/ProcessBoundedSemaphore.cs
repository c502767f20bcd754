using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A semaphore that refuses to be released above its initial value (Python's
/// <c>multiprocessing.BoundedSemaphore(value)</c>): a release without a matching acquire is a bug, and
/// <see cref="ProcessSemaphore.Release"/> reports it with <see cref="SemaphoreFullException"/> where Python raises
/// ValueError. Everything else is as for <see cref="ProcessSemaphore"/>.
/// </summary>
public sealed unsafe class ProcessBoundedSemaphore : ProcessSemaphore, IProcessHandle<ProcessBoundedSemaphore>
{
    internal ProcessBoundedSemaphore(SharedMemoryBlock block)
        : base(block)
    {
    }

    /// <summary>The initial value, which the value can never exceed.</summary>
    public int InitialValue => State->Max;

    /// <summary>Creates a bounded semaphore holding <paramref name="value"/> units, owned (as shared memory) by this process.</summary>
    /// <param name="value">The initial and largest number of units (Python's default is 1).</param>
    /// <returns>The semaphore.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    /// <exception cref="PlatformNotSupportedException">The platform has no futex (only Linux on x64 is supported).</exception>
    public static new ProcessBoundedSemaphore Create(int value = 1) => new(CreateBlock(value, bounded: true));

    /// <summary>Opens the bounded semaphore named <paramref name="name"/> (from <see cref="ProcessSemaphore.Name"/>).</summary>
    /// <param name="name">The semaphore's name.</param>
    /// <returns>The semaphore (disposing it unmaps it; the creator's memory stays).</returns>
    /// <exception cref="FileNotFoundException">No semaphore has that name (its owner disposed it or exited).</exception>
    /// <exception cref="ArgumentException">The name belongs to something else, or to a semaphore that is not bounded.</exception>
    public static new ProcessBoundedSemaphore Attach(string name)
    {
        var block = AttachBlock(name);
        if ((((SemaphoreHeader*)block.Pointer)->Flags & BoundedFlag) == 0)
        {
            block.Dispose();
            throw new ArgumentException($"Semaphore '{name}' is not bounded: attach it as a ProcessSemaphore.", nameof(name));
        }

        return new ProcessBoundedSemaphore(block);
    }

    /// <inheritdoc />
    static ProcessBoundedSemaphore IProcessHandle<ProcessBoundedSemaphore>.Attach(string name, ref MarshalReader data) => Attach(name);
}
