namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="HashSet{T}"/> (default comparer; <see cref="SequenceFormat{T}"/>): a count (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class HashSetMarshaller<T> : IProcessMarshaller<HashSet<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, HashSet<T>? value) => SequenceFormat<T>.Write(writer, value?.GetEnumerator(), value?.Count ?? 0);

    /// <inheritdoc />
    public HashSet<T>? Read(ref MarshalReader reader) => ReadSet(ref reader);

    /// <summary>Reads a count and that many distinct elements into a new set (null for a null header).</summary>
    internal static HashSet<T>? ReadSet(ref MarshalReader reader)
    {
        int count = reader.ReadCollectionHeader(Marshaller<T>.MinEncodedSize, out int capacity);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        var result = new HashSet<T>(capacity);
        for (int i = 0; i < count; i++)
        {
            if (!result.Add(element.Read(ref reader)))
            {
                throw new MarshalException($"Malformed data: a HashSet<{typeof(T).Name}> holds the same element twice.");
            }
        }

        reader.ExitNested();
        return result;
    }
}
