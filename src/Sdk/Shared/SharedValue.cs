using System.Runtime.CompilerServices;

namespace Multiprocessing;

/// <summary>
/// One value of an unmanaged type in shared memory (Python's <c>multiprocessing.Value(typecode, v, lock=False)</c>):
/// every process that holds it sees the same value. For <see cref="int"/> and <see cref="long"/> it also has atomic
/// operations that work across processes (no lock needed for a shared counter).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed unsafe class SharedValue<T> : IDisposable where T : unmanaged
{
    private SharedValue(SharedMemoryBlock block) => Block = block;

    /// <summary>The shared memory under the value.</summary>
    public SharedMemoryBlock Block { get; }

    /// <summary>The value, read and written with full fences (other processes see a write at once).</summary>
    public T Value
    {
        get
        {
            T value = Reference;
            Interlocked.MemoryBarrier();
            return value;
        }

        set
        {
            Interlocked.MemoryBarrier();
            Reference = value;
            Interlocked.MemoryBarrier();
        }
    }

    private ref T Reference => ref Unsafe.As<byte, T>(ref Block.Span[0]);

    /// <summary>Creates a shared value, owned by this process.</summary>
    /// <param name="initial">The initial value.</param>
    /// <returns>The shared value.</returns>
    public static SharedValue<T> Create(T initial = default)
    {
        var value = new SharedValue<T>(SharedMemoryBlock.Create(Math.Max(Unsafe.SizeOf<T>(), sizeof(long))));
        value.Value = initial;
        return value;
    }

    /// <summary>Maps the shared value named <paramref name="name"/> (from <see cref="SharedMemoryBlock.Name"/>).</summary>
    /// <param name="name">The name of the value's block.</param>
    /// <returns>The shared value, not owned by this process.</returns>
    public static SharedValue<T> Attach(string name) => new(SharedMemoryBlock.Attach(name));

    /// <summary>Atomically adds <paramref name="amount"/> (for <see cref="int"/> and <see cref="long"/> values) and returns the new value.</summary>
    /// <param name="amount">What to add.</param>
    /// <returns>The value after the addition.</returns>
    /// <exception cref="NotSupportedException">The value is not an int or a long.</exception>
    public T Add(T amount)
    {
        if (typeof(T) == typeof(int))
        {
            int result = Interlocked.Add(ref Unsafe.As<T, int>(ref Reference), Unsafe.As<T, int>(ref amount));
            return Unsafe.As<int, T>(ref result);
        }

        if (typeof(T) == typeof(long))
        {
            long result = Interlocked.Add(ref Unsafe.As<T, long>(ref Reference), Unsafe.As<T, long>(ref amount));
            return Unsafe.As<long, T>(ref result);
        }

        throw new NotSupportedException($"Atomic Add works on int and long shared values, not on {typeof(T).Name}.");
    }

    /// <summary>Unmaps the value; the owner also removes it.</summary>
    public void Dispose() => Block.Dispose();
}
