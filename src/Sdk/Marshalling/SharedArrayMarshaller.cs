namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedArray{T}"/> as a handle: its block's name and its length.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SharedArrayMarshaller<T> : IProcessMarshaller<SharedArray<T>?> where T : unmanaged
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedArray<T>? value)
    {
        writer.WriteString(value?.Block.Name);
        writer.WriteUnmanaged(value?.Length ?? 0);
    }

    /// <inheritdoc />
    public SharedArray<T>? Read(ref MarshalReader reader)
    {
        string? name = reader.ReadString();
        int length = reader.ReadUnmanaged<int>();
        return name is null ? null : SharedArray<T>.Attach(name, length);
    }
}
