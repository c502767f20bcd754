using Multiprocessing.Marshalling;

namespace Multiprocessing.Tests.Marshalling;

public sealed class BuiltInMarshallingTests
{
    private enum Color : short { Red = 1, Green = 2 }

    private readonly record struct Point(int X, long Y);

    private static T RoundTrip<T>(T value, IProcessMarshaller<T>? marshaller = null)
    {
        marshaller ??= Marshaller<T>.Default;
        var writer = new MarshalWriter(0);
        marshaller.Write(writer, value);
        var reader = new MarshalReader(writer.WrittenSpan);
        var result = marshaller.Read(ref reader);
        reader.EnsureEnd("the test value");
        return result;
    }

    [Fact]
    public void Unmanaged_values_round_trip_as_raw_bytes()
    {
        Assert.Equal(42, RoundTrip(42));
        Assert.Equal(-1L, RoundTrip(-1L));
        Assert.Equal(3.25, RoundTrip(3.25));
        Assert.Equal('✓', RoundTrip('✓'));
        Assert.Equal(12.5m, RoundTrip(12.5m));
        Assert.Equal(Color.Green, RoundTrip(Color.Green));
        Assert.Equal(new Point(1, 2), RoundTrip(new Point(1, 2)));
        Assert.Equal((1, 2.5), RoundTrip((1, 2.5)));
        Assert.Equal((int?)5, RoundTrip((int?)5));
        Assert.Null(RoundTrip((int?)null));
        var when = new DateTime(2026, 11, 22, 15, 0, 0, DateTimeKind.Utc);
        Assert.Equal(when, RoundTrip(when));
        var id = Guid.NewGuid();
        Assert.Equal(id, RoundTrip(id));
        Assert.True(RoundTrip(true));
        Assert.False(RoundTrip(false));
    }

    [Fact]
    public void Raw_values_take_exactly_their_size()
    {
        var writer = new MarshalWriter();
        writer.Write(7);
        writer.Write(new Point(1, 2));
        Assert.Equal(sizeof(int) + System.Runtime.CompilerServices.Unsafe.SizeOf<Point>(), writer.Length);
    }

    [Fact]
    public void Strings_round_trip_including_null_and_empty()
    {
        Assert.Equal("héllo ✓ 𝄞", RoundTrip<string?>("héllo ✓ 𝄞"));
        Assert.Equal("", RoundTrip<string?>(""));
        Assert.Null(RoundTrip<string?>(null));
    }

    [Fact]
    public void Unmanaged_arrays_are_one_header_and_the_raw_bytes()
    {
        var data = Enumerable.Range(0, 1000).Select(i => i * 0.5).ToArray();
        var writer = new MarshalWriter();
        new UnmanagedArrayMarshaller<double>().Write(writer, data);
        Assert.Equal(4 + 8 * data.Length, writer.Length);
        Assert.Equal(data, RoundTrip<double[]?>(data, new UnmanagedArrayMarshaller<double>()));
        Assert.Null(RoundTrip<double[]?>(null, new UnmanagedArrayMarshaller<double>()));
        Assert.Empty(RoundTrip<double[]?>([], new UnmanagedArrayMarshaller<double>())!);
        Assert.Equal(new byte[] { 1, 2, 3 }, RoundTrip<byte[]?>([1, 2, 3]));
    }

    [Fact]
    public void Collections_round_trip()
    {
        Marshaller<string?>.TryRegister(StringMarshaller.Instance);
        Assert.Equal(new string?[] { "a", null, "c" }, RoundTrip<string?[]?>(["a", null, "c"], new ArrayMarshaller<string?>())!);
        Assert.Equal([1, 2, 3], RoundTrip<List<int>?>([1, 2, 3], new ListMarshaller<int>())!);
        Assert.Null(RoundTrip<List<int>?>(null, new ListMarshaller<int>()));
        var set = RoundTrip<HashSet<string>?>(["x", "y"], new HashSetMarshaller<string>())!;
        Assert.True(set.SetEquals(["x", "y"]));
        var map = RoundTrip<Dictionary<string, double>?>(new() { ["a"] = 1.5, ["b"] = -2 }, new DictionaryMarshaller<string, double>())!;
        Assert.Equal(1.5, map["a"]);
        Assert.Equal(-2, map["b"]);
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Tuples_with_references_round_trip()
    {
        var value = RoundTrip(("a", 1, "b"), new ValueTupleMarshaller<string, int, string>());
        Assert.Equal(("a", 1, "b"), value);
    }

    [Fact]
    public void Nullable_of_a_struct_with_references_round_trips()
    {
        Marshaller<(string, int)>.TryRegister(new ValueTupleMarshaller<string, int>());
        var marshaller = new NullableMarshaller<(string, int)>();
        Assert.Equal(("x", 1), RoundTrip<(string, int)?>(("x", 1), marshaller));
        Assert.Null(RoundTrip<(string, int)?>(null, marshaller));
    }

    [Fact]
    public void Uri_Version_BigInteger_and_byte_memory_are_built_in()
    {
        Assert.Equal(new Uri("http://example.invalid/a?b"), RoundTrip(new Uri("http://example.invalid/a?b"), Marshaller<Uri>.Default));
        Assert.Null(RoundTrip<Uri?>(null, Marshaller<Uri?>.Default));
        Assert.Equal(new Version(1, 2, 3), RoundTrip(new Version(1, 2, 3), Marshaller<Version>.Default));
        Assert.Null(RoundTrip<Version?>(null, Marshaller<Version?>.Default));
        var big = System.Numerics.BigInteger.Parse("-98765432109876543210987654321");
        Assert.Equal(big, RoundTrip(big, Marshaller<System.Numerics.BigInteger>.Default));
        Assert.Equal(System.Numerics.BigInteger.Zero, RoundTrip(System.Numerics.BigInteger.Zero, Marshaller<System.Numerics.BigInteger>.Default));
        Assert.Equal([1, 2], RoundTrip<ReadOnlyMemory<byte>>(new byte[] { 1, 2 }, Marshaller<ReadOnlyMemory<byte>>.Default).ToArray());
        Assert.Equal([3], RoundTrip<Memory<byte>>(new byte[] { 3 }, Marshaller<Memory<byte>>.Default).ToArray());
    }

    [Fact]
    public void A_type_without_marshaller_gets_an_exception_that_says_what_to_do()
    {
        // Uri has a built-in marshaller now; a UriBuilder still has none.
        var error = Assert.Throws<MarshalException>(() => new MarshalWriter().Write(new UriBuilder("http://example.invalid")));
        Assert.Contains("[ProcessTarget]", error.Message);
        Assert.Contains("Register", error.Message);
    }
}
