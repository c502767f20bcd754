namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedValue{T}"/> as a handle: its block's name.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class SharedValueMarshaller<T> : IProcessMarshaller<SharedValue<T>?> where T : unmanaged
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedValue<T>? value) => writer.WriteString(value?.Block.Name);

    /// <inheritdoc />
    public SharedValue<T>? Read(ref MarshalReader reader) =>
        reader.ReadString() is { } name ? SharedValue<T>.Attach(name) : null;
}
