using Multiprocessing.Managers;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedObject{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The managed class.</typeparam>
public sealed class SharedObjectMarshaller<T> : IProcessMarshaller<SharedObject<T>?>
    where T : class
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedObject<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public SharedObject<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new SharedObject<T>(client, id) : null;
}
