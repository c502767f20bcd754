namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="JoinableProcessQueue{T}"/> as a handle: its name. The receiver opens the same queue.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class JoinableProcessQueueMarshaller<T> : IProcessMarshaller<JoinableProcessQueue<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, JoinableProcessQueue<T>? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public JoinableProcessQueue<T>? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? JoinableProcessQueue<T>.Attach(name) : null;
}
