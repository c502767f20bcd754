namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals <see cref="IReadOnlyDictionary{TKey, TValue}"/> as the bytes of a <see cref="Dictionary{TKey, TValue}"/>
/// (a count, then key, value pairs); the receiver gets a <see cref="Dictionary{TKey, TValue}"/> (default comparer).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ReadOnlyDictionaryMarshaller<TKey, TValue> : IProcessMarshaller<IReadOnlyDictionary<TKey, TValue>?>
    where TKey : notnull
{
    internal static readonly ReadOnlyDictionaryMarshaller<TKey, TValue> Instance = new();

    public void Write(MarshalWriter writer, IReadOnlyDictionary<TKey, TValue>? value) =>
        DictionaryMarshaller<TKey, TValue>.WritePairs(writer, value, value?.Count ?? 0);

    public IReadOnlyDictionary<TKey, TValue>? Read(ref MarshalReader reader) => DictionaryMarshaller<TKey, TValue>.ReadEntries(ref reader);
}
