using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>Writes a <see cref="Forgetful"/> without its note, as a marshaller someone forgot to update would.</summary>
public sealed class ForgetfulMarshaller : IProcessMarshaller<Forgetful?>
{
    public void Write(MarshalWriter writer, Forgetful? value) => writer.WriteUnmanaged(value?.Value ?? -1);

    public Forgetful? Read(ref MarshalReader reader)
    {
        int value = reader.ReadUnmanaged<int>();
        return value < 0 ? null : new Forgetful(value, null);
    }
}
