namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="ReadOnlyMemory{T}"/> of an unmanaged type as the bytes of an array (a length, then the raw elements); the receiver's memory wraps a new array.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyMemoryMarshaller<T> : IProcessMarshaller<ReadOnlyMemory<T>>
    where T : unmanaged
{
    internal static readonly ReadOnlyMemoryMarshaller<T> Instance = new();

    public void Write(MarshalWriter writer, ReadOnlyMemory<T> value) => writer.WriteUnmanagedSpan(value.Span);

    public ReadOnlyMemory<T> Read(ref MarshalReader reader) => reader.ReadUnmanagedArray<T>();
}
