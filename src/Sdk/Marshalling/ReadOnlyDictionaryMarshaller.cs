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

    private static readonly DictionaryMarshaller<TKey, TValue> s_dictionary = new();

    public void Write(MarshalWriter writer, IReadOnlyDictionary<TKey, TValue>? value) => WritePairs(writer, value, value?.Count ?? 0);

    public IReadOnlyDictionary<TKey, TValue>? Read(ref MarshalReader reader) => s_dictionary.Read(ref reader);

    /// <summary>Writes a count and the key, value pairs of <paramref name="pairs"/> (null: a null header).</summary>
    internal static void WritePairs(MarshalWriter writer, IEnumerable<KeyValuePair<TKey, TValue>>? pairs, int count)
    {
        if (pairs is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        writer.EnterNested();
        writer.WriteLengthHeader(count);
        var key = Marshaller<TKey>.Default;
        var item = Marshaller<TValue>.Default;
        int written = 0;
        foreach (var pair in pairs)
        {
            key.Write(writer, pair.Key);
            item.Write(writer, pair.Value);
            written++;
        }

        if (written != count)
        {
            throw new MarshalException($"A dictionary of {typeof(TKey).Name}, {typeof(TValue).Name} reported {count} pairs but enumerated {written}: it changed while it was being sent.");
        }

        writer.ExitNested();
    }
}
