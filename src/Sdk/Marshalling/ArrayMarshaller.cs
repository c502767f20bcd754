namespace Multiprocessing.Marshalling;

/// <summary>Marshals arrays element by element: a length (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ArrayMarshaller<T> : IProcessMarshaller<T[]?>
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
        int length = reader.ReadLengthHeader();
        if (length < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        reader.EnterNested();
        var result = new T[length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = element.Read(ref reader);
        }

        reader.ExitNested();
        return result;
    }
}
