namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="List{T}"/>: a count (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ListMarshaller<T> : IProcessMarshaller<List<T>?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, List<T>? value)
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
    public List<T>? Read(ref MarshalReader reader)
    {
        int minSize = Marshaller<T>.MinEncodedSize;
        int count = reader.ReadLengthHeader(minSize);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        reader.EnterNested();
        var result = new List<T>(reader.PresizeCapacity(count, minSize));
        for (int i = 0; i < count; i++)
        {
            result.Add(element.Read(ref reader));
        }

        reader.ExitNested();
        return result;
    }
}
