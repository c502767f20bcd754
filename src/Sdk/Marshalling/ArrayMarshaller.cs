namespace Multiprocessing.Marshalling;

/// <summary>Marshals arrays element by element: a length (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ArrayMarshaller<T> : IProcessMarshaller<T[]?>
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, T[]? value)
    {
        if (value is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        writer.EnterNested();
        writer.WriteLengthHeader(value.Length);
        var element = Marshaller<T>.Default;
        foreach (var item in value)
        {
            element.Write(writer, item);
        }

        writer.ExitNested();
    }

    /// <inheritdoc />
    public T[]? Read(ref MarshalReader reader)
    {
        int minSize = Marshaller<T>.MinEncodedSize;
        int length = reader.ReadLengthHeader(minSize);
        if (length < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        reader.EnterNested();
        T[] result;
        int capacity = reader.PresizeCapacity(length, minSize);
        if (capacity == length)
        {
            result = new T[length];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = element.Read(ref reader);
            }
        }
        else
        {
            // The pre-size budget ran short (crafted input): collect the elements as they arrive, so that an input
            // announcing more than it holds fails before it has cost more than it holds.
            var items = new List<T>(capacity);
            for (int i = 0; i < length; i++)
            {
                items.Add(element.Read(ref reader));
            }

            result = items.ToArray();
        }

        reader.ExitNested();
        return result;
    }
}
