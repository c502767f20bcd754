namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SimpleProcessQueue{T}"/> as a handle: its name. The receiver opens the same queue.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SimpleProcessQueueMarshaller<T> : IProcessMarshaller<SimpleProcessQueue<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SimpleProcessQueue<T>? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public SimpleProcessQueue<T>? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? SimpleProcessQueue<T>.Attach(name) : null;
}
