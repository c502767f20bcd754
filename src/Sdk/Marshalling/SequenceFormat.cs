namespace Multiprocessing.Marshalling;

/// <summary>
/// The wire format of every sequence (the same as <see cref="ListMarshaller{T}"/>'s and <see cref="ArrayMarshaller{T}"/>'s):
/// a count (-1 for null), then each element with <typeparamref name="T"/>'s marshaller. Shared by the read-only and
/// immutable collection marshallers, so that a <c>List&lt;T&gt;</c> and an <c>IReadOnlyList&lt;T&gt;</c> are the same bytes.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class SequenceFormat<T>
{
    /// <summary>Writes <paramref name="count"/> and the elements of <paramref name="items"/> (null: a null header).</summary>
    internal static void Write(MarshalWriter writer, IEnumerable<T>? items, int count)
    {
        if (items is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        writer.EnterNested();
        writer.WriteLengthHeader(count);
        var element = Marshaller<T>.Default;
        int written = 0;
        foreach (var item in items)
        {
            element.Write(writer, item);
            written++;
        }

        if (written != count)
        {
            throw new MarshalException($"A collection of {typeof(T).Name} reported {count} elements but enumerated {written}: it changed while it was being sent.");
        }

        writer.ExitNested();
    }

    /// <summary>Reads a sequence written by <see cref="Write"/> into a new array (null for a null header).</summary>
    internal static T[]? ReadArray(ref MarshalReader reader)
    {
        int minSize = Marshaller<T>.MinEncodedSize;
        int count = reader.ReadLengthHeader(minSize);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        reader.EnterNested();
        var result = count == 0 ? System.Array.Empty<T>() : new T[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = element.Read(ref reader);
        }

        reader.ExitNested();
        return result;
    }
}
