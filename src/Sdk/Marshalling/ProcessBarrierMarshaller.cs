namespace Multiprocessing.Marshalling;

/// <summary>Marshals a <see cref="ProcessBarrier"/> as a handle: its name. The receiver opens the same barrier (without an action: a delegate does not travel).</summary>
public sealed class ProcessBarrierMarshaller : IProcessMarshaller<ProcessBarrier?>
{
    /// <summary>The shared instance.</summary>
    public static ProcessBarrierMarshaller Instance { get; } = new();

    /// <inheritdoc />
    public void Write(MarshalWriter writer, ProcessBarrier? value) => writer.WriteString(value?.Name);

    /// <inheritdoc />
    public ProcessBarrier? Read(ref MarshalReader reader) => reader.ReadString() is { } name ? ProcessBarrier.Attach(name) : null;
}
