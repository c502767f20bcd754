namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedEvent"/> as a handle: the receiver connects to the same manager.</summary>
public sealed class ManagedEventMarshaller : IProcessMarshaller<ManagedEvent?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedEvent? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedEvent? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedEvent(client, id) : null;
}
