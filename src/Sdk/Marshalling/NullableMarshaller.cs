namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Nullable{T}"/> of a struct with references: a has-value byte, then the value.</summary>
/// <typeparam name="T">The underlying struct.</typeparam>
internal sealed class NullableMarshaller<T> : IProcessMarshaller<T?> where T : struct
{
    /// <inheritdoc />
    public void Write(MarshalWriter writer, T? value)
    {
        writer.WriteUnmanaged(value.HasValue ? (byte)1 : (byte)0);
        if (value.HasValue)
        {
            writer.EnterNested();
            Marshaller<T>.Default.Write(writer, value.GetValueOrDefault());
            writer.ExitNested();
        }
    }

    /// <inheritdoc />
    public T? Read(ref MarshalReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        reader.EnterNested();
        var value = Marshaller<T>.Default.Read(ref reader);
        reader.ExitNested();
        return value;
    }
}
