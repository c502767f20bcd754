namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Memory{T}"/> of an unmanaged type as the bytes of an array (a length, then the raw elements); the receiver's memory wraps a new array.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class MemoryMarshaller<T> : IProcessMarshaller<Memory<T>>
    where T : unmanaged
{
    internal static readonly MemoryMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, Memory<T> value) => writer.WriteUnmanagedSpan<T>(value.Span);

    public Memory<T> Read(ref MarshalReader reader) => reader.ReadUnmanagedArray<T>();
}
