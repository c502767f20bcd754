namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedLock"/> as a handle: the receiver connects to the same manager.</summary>
public sealed class ManagedLockMarshaller : IProcessMarshaller<ManagedLock?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedLock? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedLock? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedLock(client, id) : null;
}
