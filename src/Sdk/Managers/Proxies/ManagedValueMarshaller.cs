namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedValue{T}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ManagedValueMarshaller<T> : IProcessMarshaller<ManagedValue<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedValue<T>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedValue<T>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedValue<T>(client, id) : null;
}
