namespace Multiprocessing.Marshalling;

/// <summary>
/// The one marshaller of every <see cref="IProcessHandle{TSelf}"/> type: the handle's name (null for a null handle),
/// then its attach data; the receiver attaches to the same object.
/// </summary>
/// <typeparam name="T">The handle type.</typeparam>
internal sealed class HandleMarshaller<T> : IProcessMarshaller<T?>
    where T : class, IProcessHandle<T>
{
    /// <summary>The shared instance.</summary>
    internal static HandleMarshaller<T> Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, T? value)
    {
        if (value is null)
        {
            writer.WriteString(null);
            return;
        }

        writer.WriteString(value.Name ?? throw new MarshalException($"A {typeof(T).Name} without a name cannot travel: its Name is null."));
        value.WriteAttachData(writer);
    }

    /// <inheritdoc />
    public T? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? T.Attach(name, ref reader) : null;
}
