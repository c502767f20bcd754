using Multiprocessing.Managers;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedNamespace"/> as a handle: the receiver connects to the same manager.</summary>
public sealed class SharedNamespaceMarshaller : IProcessMarshaller<SharedNamespace?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedNamespace? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public SharedNamespace? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new SharedNamespace(client, id) : null;
}
