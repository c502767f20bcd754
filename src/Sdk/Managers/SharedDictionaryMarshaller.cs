using Multiprocessing.Managers;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="SharedDictionary{TKey, TValue}"/> as a handle: the receiver connects to the same manager.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class SharedDictionaryMarshaller<TKey, TValue> : IProcessMarshaller<SharedDictionary<TKey, TValue>?>
    where TKey : notnull
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, SharedDictionary<TKey, TValue>? value) => ManagerProxy.WriteHandle(writer, value);

    /// <inheritdoc />
    public SharedDictionary<TKey, TValue>? Read(ref MarshalReader reader) =>
        ManagerProxy.ReadHandle(ref reader, out var client, out long id) ? new SharedDictionary<TKey, TValue>(client, id) : null;
}
