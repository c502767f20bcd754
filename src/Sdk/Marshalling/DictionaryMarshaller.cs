namespace Multiprocessing.Marshalling;

/// <summary>
/// Marshals <see cref="Dictionary{TKey, TValue}"/> (default comparer): a count (-1 for null), then key, value pairs.
/// The read-only and immutable dictionary marshallers write the same bytes through <see cref="WritePairs"/>.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class DictionaryMarshaller<TKey, TValue> : IProcessMarshaller<Dictionary<TKey, TValue>?>
    where TKey : notnull
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, Dictionary<TKey, TValue>? value)
    {
        if (value is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        var pairs = value.GetEnumerator(); // the struct enumerator: no allocation
        WritePairs(writer, ref pairs, value.Count);
    }

    /// <inheritdoc />
    public Dictionary<TKey, TValue>? Read(ref MarshalReader reader)
    {
        int count = reader.ReadCollectionHeader(Marshaller<TKey>.MinEncodedSize + Marshaller<TValue>.MinEncodedSize, out int capacity);
        if (count < 0)
        {
            return null;
        }

        var key = Marshaller<TKey>.Default;
        var item = Marshaller<TValue>.Default;
        var result = new Dictionary<TKey, TValue>(capacity);
        for (int i = 0; i < count; i++)
        {
            var k = key.Read(ref reader);
            if (k is null)
            {
                throw new MarshalException($"Malformed data: a Dictionary<{typeof(TKey).Name}, {typeof(TValue).Name}> key is null.");
            }

            if (!result.TryAdd(k, item.Read(ref reader)))
            {
                throw new MarshalException($"Malformed data: a Dictionary<{typeof(TKey).Name}, {typeof(TValue).Name}> holds the same key twice.");
            }
        }

        reader.ExitNested();
        return result;
    }

    /// <summary>Writes a count and the key, value pairs of <paramref name="pairs"/> (null: a null header).</summary>
    internal static void WritePairs(MarshalWriter writer, IEnumerable<KeyValuePair<TKey, TValue>>? pairs, int count)
    {
        if (pairs is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        var enumerator = pairs.GetEnumerator();
        WritePairs(writer, ref enumerator, count);
    }

    /// <summary>Writes the count and the pairs, then disposes <paramref name="pairs"/> (as <c>foreach</c> would).</summary>
    private static void WritePairs<TEnumerator>(MarshalWriter writer, ref TEnumerator pairs, int count)
        where TEnumerator : IEnumerator<KeyValuePair<TKey, TValue>>
    {
        writer.EnterNested();
        writer.WriteLengthHeader(count);
        var key = Marshaller<TKey>.Default;
        var item = Marshaller<TValue>.Default;
        int written = 0;
        try
        {
            while (pairs.MoveNext())
            {
                var pair = pairs.Current;
                key.Write(writer, pair.Key);
                item.Write(writer, pair.Value);
                written++;
            }
        }
        finally
        {
            pairs.Dispose();
        }

        if (written != count)
        {
            throw new MarshalException($"A dictionary of {typeof(TKey).Name}, {typeof(TValue).Name} reported {count} pairs but enumerated {written}: it changed while it was being sent.");
        }

        writer.ExitNested();
    }
}
