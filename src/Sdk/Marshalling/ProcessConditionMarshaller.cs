namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessCondition"/> as a handle: its name. The receiver opens the same condition, and its lock.</summary>
public sealed class ProcessConditionMarshaller : IProcessMarshaller<ProcessCondition?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessConditionMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessCondition? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessCondition? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessCondition.Attach(name) : null;
}
