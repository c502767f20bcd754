namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals <see cref="Dictionary{TKey, TValue}"/> (default comparer): a count (-1 for null), then key, value pairs.
/// The entries are a sequence (<see cref="SequenceFormat{T}"/>) of <see cref="KeyValuePairFormat{TKey, TValue}"/>;
/// the read-only and immutable dictionary marshallers write the same bytes through <see cref="WritePairs"/>.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class DictionaryMarshaller<TKey, TValue> : IProcessMarshaller<Dictionary<TKey, TValue>?>
    where TKey : notnull
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, Dictionary<TKey, TValue>? value) =>
        SequenceFormat<KeyValuePair<TKey, TValue>>.Write(writer, value?.GetEnumerator(), value?.Count ?? 0, KeyValuePairFormat<TKey, TValue>.Default);

    /// <inheritdoc />
    public Dictionary<TKey, TValue>? Read(ref MarshalReader reader) => ReadEntries(ref reader);

    /// <summary>Reads a count and that many key, value pairs into a new dictionary (null for a null header).</summary>
    internal static Dictionary<TKey, TValue>? ReadEntries(ref MarshalReader reader)
    {
        int count = reader.ReadCollectionHeader(KeyValuePairFormat<TKey, TValue>.MinEncodedSize, out int capacity);
        if (count < 0)
        {
            return null;
        }

        var pairs = KeyValuePairFormat<TKey, TValue>.Default;
        var result = new Dictionary<TKey, TValue>(capacity);
        for (int i = 0; i < count; i++)
        {
            var (key, value) = pairs.Read(ref reader);
            if (key is null)
            {
                throw new MarshalException($"Malformed data: a Dictionary<{typeof(TKey).Name}, {typeof(TValue).Name}> key is null.");
            }

            if (!result.TryAdd(key, value))
            {
                throw new MarshalException($"Malformed data: a Dictionary<{typeof(TKey).Name}, {typeof(TValue).Name}> holds the same key twice.");
            }
        }

        reader.ExitNested();
        return result;
    }

    /// <summary>Writes a count and the key, value pairs of <paramref name="pairs"/> (null: a null header).</summary>
    internal static void WritePairs(MarshalWriter writer, IEnumerable<KeyValuePair<TKey, TValue>>? pairs, int count) =>
        SequenceFormat<KeyValuePair<TKey, TValue>>.Write(writer, pairs, count, KeyValuePairFormat<TKey, TValue>.Default);
}
