namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedSemaphore"/> as a handle: the receiver connects to the same manager.</summary>
public sealed class ManagedSemaphoreMarshaller : IProcessMarshaller<ManagedSemaphore?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedSemaphore? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedSemaphore? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedSemaphore(client, id) : null;
}
