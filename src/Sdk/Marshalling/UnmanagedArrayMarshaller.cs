namespace Multiprocessing.Marshalling;

/// <summary>Marshals arrays of an unmanaged type as a length and their raw bytes: one copy each way.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class UnmanagedArrayMarshaller<T> : IProcessMarshaller<T[]?> where T : unmanaged
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, T[]? value) => writer.WriteUnmanagedArray(value);

    /// <inheritdoc />
    public T[]? Read(ref MarshalReader reader) => reader.ReadUnmanagedArray<T>();
}
