namespace Multiprocessing.Marshalling;

/// <summary>Marshals arrays of an unmanaged type as a length and their raw bytes: one copy each way.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class UnmanagedArrayMarshaller<T> : IProcessMarshaller<T[]?> where T : unmanaged
{
    /// <summary>The marshaller of <see cref="Memory{T}"/>: the bytes of an array; the receiver's memory wraps a new array. Generated code registers it.</summary>
    public static IProcessMarshaller<Memory<T>> Memory => MemoryMarshaller<T>.Instance;

    /// <summary>The marshaller of <see cref="ReadOnlyMemory{T}"/>: the bytes of an array; the receiver's memory wraps a new array. Generated code registers it.</summary>
    public static IProcessMarshaller<ReadOnlyMemory<T>> ReadOnlyMemory => ReadOnlyMemoryMarshaller<T>.Instance;

    /// <inheritdoc />
    public void Write(MarshalWriter writer, T[]? value) => writer.WriteUnmanagedArray(value);

    /// <inheritdoc />
    public T[]? Read(ref MarshalReader reader) => reader.ReadUnmanagedArray<T>();
}
