namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedObject{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The managed class.</typeparam>
public sealed class ManagedObjectMarshaller<T> : IProcessMarshaller<ManagedObject<T>?>
    where T : class
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedObject<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedObject<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedObject<T>(client, id) : null;
}
