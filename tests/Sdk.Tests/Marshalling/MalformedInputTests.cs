using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>Truncated or garbage bytes must end in a MarshalException that says what was wrong, never in a crash or a huge allocation.</summary>
public sealed class MalformedInputTests
{
    private static MarshalException Fails<T>(byte[] bytes, IProcessMarshaller<T>? marshaller = null)
    {
        return Assert.Throws<MarshalException>(() =>
        {
            var reader = new MarshalReader(bytes);
            (marshaller ?? Marshaller<T>.Default).Read(ref reader);
            reader.EnsureEnd("the value");
        });
    }

    private static byte[] Bytes<T>(T value, IProcessMarshaller<T>? marshaller = null)
    {
        var writer = new MarshalWriter();
        (marshaller ?? Marshaller<T>.Default).Write(writer, value);
        return writer.ToArray();
    }

    [Fact]
    public void Truncated_primitive() => Assert.Contains("truncated", Fails<long>([1, 2, 3]).Message);

    [Fact]
    public void Truncated_string()
    {
        var bytes = Bytes<string?>("hello world");
        Assert.Contains("remain", Fails<string?>(bytes[..^3]).Message);
    }

    [Fact]
    public void Length_larger_than_the_input_is_refused_before_allocating()
    {
        byte[] bytes = [0xFF, 0xFF, 0xFF, 0x7F, 1, 2]; // int.MaxValue elements announced, 2 bytes present
        Assert.Contains("remain", Fails<double[]?>(bytes, new UnmanagedArrayMarshaller<double>()).Message);
        Assert.Contains("remain", Fails<List<int>?>(bytes, new ListMarshaller<int>()).Message);
        Assert.Contains("remain", Fails<string?>(bytes).Message);
    }

    [Fact]
    public void Negative_length_other_than_null_is_refused() =>
        Assert.Contains("length header of -5", Fails<List<int>?>(BitConverter.GetBytes(-5), new ListMarshaller<int>()).Message);

    [Fact]
    public void Boolean_other_than_0_or_1_is_refused() => Assert.Contains("0 or 1", Fails<bool>([7]).Message);

    [Fact]
    public void Trailing_bytes_are_refused()
    {
        var bytes = Bytes(5).Concat(new byte[] { 9 }).ToArray();
        Assert.Contains("trailing", Fails<int>(bytes).Message);
    }

    [Fact]
    public void Duplicate_dictionary_keys_are_refused()
    {
        var writer = new MarshalWriter();
        writer.WriteLengthHeader(2);
        writer.Write(1);
        writer.Write(10);
        writer.Write(1);
        writer.Write(20);
        Assert.Contains("same key twice", Fails<Dictionary<int, int>?>(writer.ToArray(), new DictionaryMarshaller<int, int>()).Message);
    }

    [Fact]
    public void Object_header_with_the_wrong_member_count_is_refused()
    {
        var error = Assert.Throws<MarshalException>(() =>
        {
            var reader = new MarshalReader([3]);
            reader.ReadObjectHeader("Demo.Point", 2);
        });
        Assert.Contains("Demo.Point marshals 2 members", error.Message);
    }

    [Fact]
    public void Random_garbage_never_escapes_as_anything_but_MarshalException()
    {
        var random = new Random(1234);
        var marshaller = new ListMarshaller<string?>();
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            try
            {
                var reader = new MarshalReader(bytes);
                marshaller.Read(ref reader);
            }
            catch (MarshalException)
            {
            }
        }
    }
}
