using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Targets;

/// <summary>Writes a <see cref="CraftedChain"/> as the bytes of a <see cref="Node"/> chain; reads it with the generated <see cref="Node"/> marshaller.</summary>
public sealed class CraftedChainMarshaller : IProcessMarshaller<CraftedChain?>
{
    /// <summary>Writes the bytes of a chain of <paramref name="levels"/> nodes, iteratively: header 2, the value, then the next node.</summary>
    public static void WriteChain(MarshalWriter writer, int levels)
    {
        for (int i = 0; i < levels; i++)
        {
            writer.WriteObjectHeader(2);
            writer.WriteUnmanaged(i);
        }

        writer.WriteNullObjectHeader();
    }

    public void Write(MarshalWriter writer, CraftedChain? value) => WriteChain(writer, value?.Levels ?? 0);

    public CraftedChain? Read(ref MarshalReader reader)
    {
        int levels = 0;
        for (var node = Marshaller<Node?>.Default.Read(ref reader); node is not null; node = node.Next)
        {
            levels++;
        }

        return new CraftedChain(levels);
    }
}
