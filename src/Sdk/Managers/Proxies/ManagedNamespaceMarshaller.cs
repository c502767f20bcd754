namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedNamespace"/> as a handle: the receiver connects to the same manager.</summary>
public sealed class ManagedNamespaceMarshaller : IProcessMarshaller<ManagedNamespace?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedNamespace? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedNamespace? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedNamespace(client, id) : null;
}
