namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessQueue{T}"/> as a handle: its name. The receiver opens the same queue.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ProcessQueueMarshaller<T> : IProcessMarshaller<ProcessQueue<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessQueue<T>? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessQueue<T>? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessQueue<T>.Attach(name) : null;
}
