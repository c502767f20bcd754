namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="Uri"/>: its original string (null for null), then whether it is absolute.</summary>
internal sealed class UriMarshaller : IProcessMarshaller<Uri?>
{
    internal static readonly UriMarshaller Instance = new();

    public void Write(MarshalWriter writer, Uri? value)
    {
        writer.WriteString(value?.OriginalString);
        if (value is not null)
        {
            writer.WriteUnmanaged(value.IsAbsoluteUri);
        }
    }

    public Uri? Read(ref MarshalReader reader)
    {
        if (reader.ReadString() is not { } text)
        {
            return null;
        }

        var kind = reader.ReadBoolean() ? UriKind.Absolute : UriKind.Relative;
        return Uri.TryCreate(text, kind, out var uri)
            ? uri
            : throw new MarshalException($"Malformed data: '{text}' is not a valid {kind} URI.");
    }
}
