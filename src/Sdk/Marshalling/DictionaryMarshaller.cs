namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Dictionary{TKey, TValue}"/> (default comparer): a count (-1 for null), then key, value pairs.</summary>
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

        writer.EnterNested();
        writer.WriteLengthHeader(value.Count);
        var key = Marshaller<TKey>.Default;
        var item = Marshaller<TValue>.Default;
        foreach (var pair in value)
        {
            key.Write(writer, pair.Key);
            item.Write(writer, pair.Value);
        }

        writer.ExitNested();
    }

    /// <inheritdoc />
    public Dictionary<TKey, TValue>? Read(ref MarshalReader reader)
    {
        int minSize = Marshaller<TKey>.MinEncodedSize + Marshaller<TValue>.MinEncodedSize;
        int count = reader.ReadLengthHeader(minSize);
        if (count < 0)
        {
            return null;
        }

        var key = Marshaller<TKey>.Default;
        var item = Marshaller<TValue>.Default;
        reader.EnterNested();
        var result = new Dictionary<TKey, TValue>(reader.PresizeCapacity(count, minSize));
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
}
