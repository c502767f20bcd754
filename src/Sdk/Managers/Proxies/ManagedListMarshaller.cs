namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedList{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ManagedListMarshaller<T> : IProcessMarshaller<ManagedList<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedList<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedList<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedList<T>(client, id) : null;
}
