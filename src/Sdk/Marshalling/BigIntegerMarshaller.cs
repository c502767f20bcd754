using System.Numerics;

namespace Multiprocessing.Marshalling;

/// <summary>Marshals <see cref="BigInteger"/>: a byte count, then its two's-complement little-endian bytes.</summary>
internal sealed class BigIntegerMarshaller : IProcessMarshaller<BigInteger>
{
    internal static readonly BigIntegerMarshaller Instance = new();

    public void Write(MarshalWriter writer, BigInteger value)
    {
        int count = value.GetByteCount();
        writer.WriteLengthHeader(count);
        var span = writer.GetSpan(count);
        if (!value.TryWriteBytes(span, out int written) || written != count)
        {
            throw new MarshalException("A BigInteger could not be written.");
        }

        writer.Advance(count);
    }

    public BigInteger Read(ref MarshalReader reader)
    {
        int count = reader.ReadLengthHeader();
        if (count <= 0)
        {
            throw new MarshalException($"Malformed data: a BigInteger of {count} bytes.");
        }

        return new BigInteger(reader.ReadRaw(count));
    }
}
