namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="List{T}"/>: a count (-1 for null), then each element.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ListMarshaller<T> : IProcessMarshaller<List<T>?>
{
    /// <summary>The marshaller of <see cref="IReadOnlyList{T}"/>: the bytes of a list; the receiver gets an array. Generated code registers it.</summary>
    public static IProcessMarshaller<IReadOnlyList<T>?> ReadOnlyList => ReadOnlyListMarshaller<T>.Instance;

    /// <summary>The marshaller of <see cref="IReadOnlyCollection{T}"/>: the bytes of a list; the receiver gets an array. Generated code registers it.</summary>
    public static IProcessMarshaller<IReadOnlyCollection<T>?> ReadOnlyCollection => ReadOnlyCollectionMarshaller<T>.Instance;

    /// <summary>The marshaller of <see cref="System.Collections.Immutable.ImmutableArray{T}"/>: the bytes of a list (default is null). Generated code registers it.</summary>
    public static IProcessMarshaller<System.Collections.Immutable.ImmutableArray<T>> ImmutableArray => ImmutableArrayMarshaller<T>.Instance;

    /// <summary>The marshaller of <see cref="System.Collections.Immutable.ImmutableList{T}"/>: the bytes of a list. Generated code registers it.</summary>
    public static IProcessMarshaller<System.Collections.Immutable.ImmutableList<T>?> ImmutableList => ImmutableListMarshaller<T>.Instance;

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
