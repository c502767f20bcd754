namespace Multiprocessing.Marshalling;

/// <summary>
/// The wire format of every sequence: a count (-1 for null), then each element with <typeparamref name="T"/>'s
/// marshaller. Shared by the array, list, set, read-only and immutable collection marshallers, so that a
/// <c>List&lt;T&gt;</c>, a <c>T[]</c> and an <c>IReadOnlyList&lt;T&gt;</c> are the same bytes.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class SequenceFormat<T>
{
    /// <summary>Writes <paramref name="count"/> and the elements of <paramref name="items"/> (null: a null header).</summary>
    internal static void Write(MarshalWriter writer, IEnumerable<T>? items, int count) => Write(writer, items, count, Marshaller<T>.Default);

    /// <summary>Writes <paramref name="count"/> and the elements of <paramref name="items"/> with <paramref name="element"/> (null: a null header).</summary>
    internal static void Write<TElement>(MarshalWriter writer, IEnumerable<T>? items, int count, TElement element)
        where TElement : IProcessMarshaller<T>
    {
        if (items is null)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        var enumerator = items.GetEnumerator();
        WriteElements(writer, ref enumerator, count, element);
    }

    /// <summary>
    /// Writes <paramref name="count"/> and the elements a collection's struct enumerator yields (null: a null header),
    /// without boxing it: <c>SequenceFormat&lt;T&gt;.Write(writer, list?.GetEnumerator(), list?.Count ?? 0)</c>.
    /// </summary>
    internal static void Write<TEnumerator>(MarshalWriter writer, TEnumerator? items, int count)
        where TEnumerator : struct, IEnumerator<T> =>
        Write(writer, items, count, Marshaller<T>.Default);

    /// <summary>Writes <paramref name="count"/> and the elements a struct enumerator yields with <paramref name="element"/> (null: a null header).</summary>
    internal static void Write<TEnumerator, TElement>(MarshalWriter writer, TEnumerator? items, int count, TElement element)
        where TEnumerator : struct, IEnumerator<T>
        where TElement : IProcessMarshaller<T>
    {
        if (items is not { } enumerator)
        {
            writer.WriteLengthHeader(MarshalWriter.NullLength);
            return;
        }

        WriteElements(writer, ref enumerator, count, element);
    }

    /// <summary>Reads a sequence written by <see cref="Write"/> into a new array (null for a null header).</summary>
    internal static T[]? ReadArray(ref MarshalReader reader)
    {
        int count = reader.ReadCollectionHeader(Marshaller<T>.MinEncodedSize, out int capacity);
        if (count < 0)
        {
            return null;
        }

        var element = Marshaller<T>.Default;
        T[] result;
        if (capacity == count)
        {
            result = count == 0 ? [] : new T[count];
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
            for (int i = 0; i < count; i++)
            {
                items.Add(element.Read(ref reader));
            }

            result = items.ToArray();
        }

        reader.ExitNested();
        return result;
    }

    /// <summary>
    /// Writes the count and the elements with <paramref name="element"/> (a struct format is called directly), then
    /// disposes <paramref name="items"/> (as <c>foreach</c> would).
    /// </summary>
    private static void WriteElements<TEnumerator, TElement>(MarshalWriter writer, ref TEnumerator items, int count, TElement element)
        where TEnumerator : IEnumerator<T>
        where TElement : IProcessMarshaller<T>
    {
        writer.EnterNested();
        writer.WriteLengthHeader(count);
        int written = 0;
        try
        {
            while (items.MoveNext())
            {
                element.Write(writer, items.Current);
                written++;
            }
        }
        finally
        {
            items.Dispose();
        }

        if (written != count)
        {
            throw new MarshalException($"A collection of {typeof(T).Name} reported {count} elements but enumerated {written}: it changed while it was being sent.");
        }

        writer.ExitNested();
    }
}
