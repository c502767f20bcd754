namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ManagedDictionary{TKey, TValue}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class ManagedDictionaryMarshaller<TKey, TValue> : IProcessMarshaller<ManagedDictionary<TKey, TValue>?>
    where TKey : notnull
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, ManagedDictionary<TKey, TValue>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public ManagedDictionary<TKey, TValue>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new ManagedDictionary<TKey, TValue>(client, id) : null;
}
