using System.Collections.Immutable;
using System.Net;
using System.Numerics;
using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets.Travel;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// The types the travel rules added (issue 14), through real children: idiomatic record members, polymorphic shapes
/// that keep their real class instead of being sliced, and a type the assembly does not own, registered for the
/// assembly.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class TravelTypesProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static Idioms Sample() => new(
        [1, 2, 3],
        ["a", "b"],
        new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 },
        new HashSet<string> { "s" },
        [10, 20],
        ["i"],
        ImmutableDictionary<string, long>.Empty.Add("k", long.MaxValue),
        new Uri("https://example.org/base/"),
        new Uri("docs/page?q=1", UriKind.Relative),
        new Version(1, 2, 3, 4),
        BigInteger.Pow(3, 100) * -1,
        new byte[] { 1, 2, 3 },
        new[] { 7, 8 },
        new[] { 0.5, double.NaN });

    private static T RunChild<T>(ChildProcess<T> p)
    {
        using (p)
        {
            p.Start();
            Assert.True(p.Join(Patience), "the child did not exit in time");
            Assert.Null(p.Exception);
            return p.Result;
        }
    }

    [Fact]
    public void A_record_of_every_idiomatic_member_type_crosses_to_a_child_and_back()
    {
        var sent = Sample();
        var back = RunChild(ChildProcess.Create(TravelWorkers.Bump, sent));

        Assert.Equal([1, 2, 3, 3], back.List);
        Assert.Equal(["a", "b", "child"], back.Collection);
        Assert.Equal(3, back.Dictionary.Count);
        Assert.Equal(2, back.Dictionary["y"]);
        Assert.NotEqual(Environment.ProcessId, back.Dictionary["child"]); // it ran in another process
        Assert.True(back.Set.SetEquals(["s", "child"]));
        Assert.Equal([10, 20, -1], back.Array.ToArray());
        Assert.Equal(["i", "child"], back.ImmutableList);
        Assert.Equal(long.MaxValue, back.ImmutableDictionary["k"]);
        Assert.Equal(1, back.ImmutableDictionary["child"]);
        Assert.Equal(new Uri("https://example.org/base/child"), back.Address);
        Assert.False(back.RelativeAddress.IsAbsoluteUri);
        Assert.Equal("docs/page?q=1", back.RelativeAddress.OriginalString);
        Assert.Equal(new Version(2, 2), back.Version);
        Assert.Equal(sent.Big * 2, back.Big);
        Assert.Equal([1, 2, 3, 255], back.Bytes.ToArray());
        Assert.Equal([7, 8, -1], back.Numbers.ToArray());
        Assert.Equal([0.5, double.NaN], back.Doubles.ToArray());
    }

    [Fact]
    public void The_new_types_travel_as_parameters_and_results_through_a_pool()
    {
        using var pool = new ProcessPool(1);
        var result = pool.Apply(TravelWorkers.Parameters, (
            (IReadOnlyList<int>)[4, 5],
            (IReadOnlyDictionary<string, int>)new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 },
            new Uri("file:///tmp/x"),
            new Version(3, 1),
            BigInteger.Parse("123456789012345678901234567890"),
            (ReadOnlyMemory<byte>)new byte[] { 0xAB, 0xCD },
            (Memory<int>)new[] { 9 },
            ImmutableList.Create("p", "q")));
        Assert.Equal(["4,5", "a=1,b=2", "file:///tmp/x", "3.1", "123456789012345678901234567890", "ABCD", "9", "p,q"], result.ToArray());
    }

    [Fact]
    public void A_derived_record_passed_as_its_base_keeps_its_class_and_members_in_the_child()
    {
        Shape s = new Circle("c1", 2.0);
        Assert.Equal("Circle c1 r=2", RunChild(ChildProcess.Create(TravelWorkers.Describe, s)));

        Shape ring = new Ring("r1", 3, 1, new Square("core", 0.5));
        Assert.Equal("Ring r1 r=3 inner=1 core=Square core side=0.5", RunChild(ChildProcess.Create(TravelWorkers.Describe, ring)));

        // The result travels back with its class too.
        var grown = RunChild(ChildProcess.Create(TravelWorkers.Grow, (Shape)new Square("sq", 1.5)));
        Assert.Equal(new Square("sq", 3), Assert.IsType<Square>(grown));
    }

    [Fact]
    public void A_pool_map_over_a_list_of_base_records_keeps_each_element_s_class()
    {
        using var pool = new ProcessPool(2);
        List<Shape> shapes = [new Circle("c1", 2.0), new Square("s1", 4), new Shape("plain"), new Ring("r", 5, 2, null)];
        string[] described = pool.Map(TravelWorkers.Describe, shapes);
        Assert.Equal(["Circle c1 r=2", "Square s1 side=4", "Shape plain", "Ring r r=5 inner=2 core=none"], described);

        var drawing = new Drawing("d", shapes, new Circle("main", 9));
        Assert.Equal(
            "d: Circle c1 r=2; Square s1 side=4; Shape plain; Ring r r=5 inner=2 core=none | main Circle main r=9",
            pool.Apply(TravelWorkers.DescribeDrawing, drawing));
    }

    [Fact]
    public void A_subclass_outside_the_closed_set_is_a_clear_error_not_a_slice()
    {
        Shape unknown = new Tagged<int>("t", 7);
        using var pool = new ProcessPool(1);
        var error = Assert.Throws<MarshalException>(() => pool.Apply(TravelWorkers.Describe, unknown));
        Assert.Contains("Tagged", error.Message);
        Assert.Contains("would be lost", error.Message);
        Assert.Equal("Circle c r=1", pool.Apply(TravelWorkers.Describe, (Shape)new Circle("c", 1))); // the pool keeps serving

        var child = Assert.Throws<MarshalException>(() => ChildProcess.Create(TravelWorkers.Describe, unknown).Start());
        Assert.Contains("Tagged", child.Message);
    }

    [Fact]
    public void An_assembly_level_marshaller_carries_a_type_the_assembly_does_not_own()
    {
        int before = IPAddressMarshaller.Writes;
        var next = RunChild(ChildProcess.Create(TravelWorkers.Next, new Endpoint(IPAddress.Parse("10.0.0.1"), 5)));
        Assert.Equal(IPAddress.Parse("10.0.0.6"), next);
        Assert.True(IPAddressMarshaller.Writes > before, "the registered marshaller was not used");
    }
}
