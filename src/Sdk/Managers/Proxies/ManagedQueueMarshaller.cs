namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedQueue{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ManagedQueueMarshaller<T> : IProcessMarshaller<ManagedQueue<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedQueue<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedQueue<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedQueue<T>(client, id) : null;
}
