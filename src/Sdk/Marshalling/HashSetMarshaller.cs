namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="HashSet{T}"/> (default comparer): a count (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class HashSetMarshaller<T> : IProcessMarshaller<HashSet<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, HashSet<T>? value)
    {
        if (value is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        writer.EnterNested();
        writer.WriteLengthHeader(value.Count);
        var element = Marshaller<T>.Default;
        foreach (var item in value)
        {
            element.Write(writer, item);
        }

        writer.ExitNested();
    }

    /// <inheritdoc />
    public HashSet<T>? Read(ref MarshalReader reader)
    {
        int minSize = Marshaller<T>.MinEncodedSize;
        int count = reader.ReadLengthHeader(minSize);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        reader.EnterNested();
        var result = new HashSet<T>(reader.PresizeCapacity(count, minSize));
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
