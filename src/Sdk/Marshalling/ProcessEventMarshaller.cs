namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessEvent"/> as a handle: its name. The receiver opens the same event.</summary>
public sealed class ProcessEventMarshaller : IProcessMarshaller<ProcessEvent?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessEventMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessEvent? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessEvent? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessEvent.Attach(name) : null;
}
