namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="List{T}"/> (<see cref="SequenceFormat{T}"/>): a count (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ListMarshaller<T> : IProcessMarshaller<List<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, List<T>? value) => SequenceFormat<T>.Write(writer, value?.GetEnumerator(), value?.Count ?? 0);

    /// <inheritdoc />
    public List<T>? Read(ref MarshalReader reader)
    {
        int count = reader.ReadCollectionHeader(Marshaller<T>.MinEncodedSize, out int capacity);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        var result = new List<T>(capacity);
        for (int i = 0; i < count; i++)
        {
            result.Add(element.Read(ref reader));
        }

        reader.ExitNested();
        return result;
    }
}
