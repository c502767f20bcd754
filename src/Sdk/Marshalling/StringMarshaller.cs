namespace Multiprocessing.Marshalling;

/// <summary>Marshals strings as a UTF-16 char count (-1 for null) followed by the chars.</summary>
internal sealed class StringMarshaller : IProcessMarshaller<string?>
{
    /// <summary>The shared instance.</summary>
    public static StringMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, string? value) => writer.WriteString(value);

    /// <inheritdoc />
    public string? Read(ref MarshalReader reader) => reader.ReadString();
}
