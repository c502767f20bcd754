using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>Writes a <see cref="Fragile"/> as its int; reading 13 throws, as a broken user marshaller would.</summary>
public sealed class FragileMarshaller : IProcessMarshaller<Fragile?>
{
    public void Write(MarshalWriter writer, Fragile? value) => writer.WriteUnmanaged(value?.Value ?? -1);

    public Fragile? Read(ref MarshalReader reader)
    {
        int value = reader.ReadUnmanaged<int>();
        return value == 13 ? throw new InvalidOperationException("13 cannot be read") : new Fragile(value);
    }
}
