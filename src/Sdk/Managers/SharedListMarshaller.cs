using Multiprocessing.Managers;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedList{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SharedListMarshaller<T> : IProcessMarshaller<SharedList<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedList<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public SharedList<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new SharedList<T>(client, id) : null;
}
