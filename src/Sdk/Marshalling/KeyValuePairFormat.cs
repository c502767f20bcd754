namespace Multiprocessing.Marshalling;

/// <summary>
/// One dictionary entry on the wire: the key, then the value, each with its type's marshaller. The element format of
/// the dictionary marshallers' sequences (<see cref="SequenceFormat{T}"/>); a struct, so that the sequence loop is
/// compiled for it with these calls made directly.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="key">The key's marshaller.</param>
/// <param name="value">The value's marshaller.</param>
internal readonly struct KeyValuePairFormat<TKey, TValue>(IProcessMarshaller<TKey> key, IProcessMarshaller<TValue> value)
    : IProcessMarshaller<KeyValuePair<TKey, TValue>>
{
    /// <summary>The format with the default marshallers of the key and value types.</summary>
    internal static KeyValuePairFormat<TKey, TValue> Default => new(Marshaller<TKey>.Default, Marshaller<TValue>.Default);

    /// <summary>The fewest bytes one entry takes.</summary>
    internal static int MinEncodedSize => Marshaller<TKey>.MinEncodedSize + Marshaller<TValue>.MinEncodedSize;

    /// <inheritdoc />
    public void Write(MarshalWriter writer, KeyValuePair<TKey, TValue> pair)
    {
        key.Write(writer, pair.Key);
        value.Write(writer, pair.Value);
    }

    /// <inheritdoc />
    public KeyValuePair<TKey, TValue> Read(ref MarshalReader reader)
    {
        var k = key.Read(ref reader);
        return new(k, value.Read(ref reader));
    }
}
