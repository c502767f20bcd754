using Microsoft.CodeAnalysis;

namespace Multiprocessing.Generators.Tests;

/// <summary>What the generator emits for the travel rules' newer decisions: unions of derived classes, the read-only and immutable collections, assembly-level marshallers.</summary>
public class TravelRulesGeneratorTests
{
    private const string Polymorphic = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Net;
        using Multiprocessing;
        using Multiprocessing.Marshalling;

        [assembly: ProcessMarshaller(typeof(IPAddress), typeof(Poly.IPAddressMarshaller))]
        [assembly: ProcessMarshaller(typeof(DateOnly), typeof(Poly.DateOnlyMarshaller))]

        namespace Poly
        {
            public abstract record Shape(string Name);
            public record Circle(string Name, double Radius) : Shape(Name);
            public sealed record Ring(string Name, double Radius, double Inner) : Circle(Name, Radius);
            public sealed record Square(string Name, double Side) : Shape(Name);
            public sealed record Tagged<T>(string Name, T Tag) : Shape(Name);
            public sealed record Drawing(IReadOnlyList<Shape> Shapes, ImmutableArray<int> Ids, IReadOnlyDictionary<string, Circle> ByName, ReadOnlyMemory<byte> Data, Uri Link);

            public sealed class IPAddressMarshaller : IProcessMarshaller<IPAddress?>
            {
                public void Write(MarshalWriter writer, IPAddress? value) => writer.WriteUnmanagedArray(value?.GetAddressBytes());
                public IPAddress? Read(ref MarshalReader reader) => reader.ReadUnmanagedArray<byte>() is { } b ? new IPAddress(b) : null;
            }

            public sealed class DateOnlyMarshaller : IProcessMarshaller<DateOnly>
            {
                public void Write(MarshalWriter writer, DateOnly value) => writer.WriteUnmanaged(value.DayNumber);
                public DateOnly Read(ref MarshalReader reader) => DateOnly.FromDayNumber(reader.ReadUnmanaged<int>());
            }

            public static class Work
            {
                [ProcessTarget] public static string Describe(Shape shape) => shape.Name;
                [ProcessTarget] public static Drawing Draw(Drawing drawing, IPAddress address, DateOnly day) => drawing;
            }
        }
        """;

    [Fact]
    public void The_generated_code_for_derived_classes_matches_its_snapshot() => Snapshots.Verify("Polymorphic", GeneratorHarness.RunClean(Polymorphic));

    [Fact]
    public void A_base_class_travels_as_a_union_of_its_concrete_derived_classes()
    {
        var registry = Registry(GeneratorHarness.RunClean(Polymorphic));
        Assert.Contains("Marshaller<global::Poly.Shape?>.TryRegister(new Poly_Shape_UnionMarshaller())", registry);
        Assert.Contains("Marshaller<global::Poly.Circle?>.TryRegister(new Poly_Circle_UnionMarshaller())", registry); // Circle has a derived class too
        Assert.Contains("if (type == typeof(global::Poly.Ring))", registry);
        Assert.DoesNotContain("typeof(global::Poly.Shape))\n", registry); // abstract: not a case
        Assert.DoesNotContain("Tagged", registry); // generic: not a case, refused at run time
    }

    [Fact]
    public void An_assembly_level_marshaller_replaces_even_a_built_in_one()
    {
        var registry = Registry(GeneratorHarness.RunClean(Polymorphic));
        Assert.Contains("Marshaller<global::System.Net.IPAddress?>.Register(new global::Poly.IPAddressMarshaller())", registry);
        Assert.Contains("Marshaller<global::System.DateOnly>.Register(new global::Poly.DateOnlyMarshaller())", registry);
    }

    [Fact]
    public void Without_the_assembly_level_attribute_a_framework_type_is_MP0102()
    {
        var run = GeneratorHarness.Run("""
            using System.Net;
            using Multiprocessing;
            public static class Work { [ProcessTarget] public static void F(IPAddress address) { } }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        Assert.Contains("[assembly: ProcessMarshaller(typeof(TheType), typeof(YourMarshaller))]", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_derived_class_generated_code_cannot_reach_is_MP0102_at_the_base()
    {
        var run = GeneratorHarness.Run("""
            using Multiprocessing;
            public record Shape(string Name);
            public static class Outer { private sealed record Hidden(string Name) : Shape(Name); }
            public static class Work { [ProcessTarget] public static void F(Shape shape) { } }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'shape(Hidden)'", message);
        Assert.Contains("derives from Shape but is not accessible", message);
    }

    [Fact]
    public void An_abstract_class_with_no_derived_class_is_still_MP0102()
    {
        var run = GeneratorHarness.Run("""
            using Multiprocessing;
            public abstract class Lonely { }
            public static class Work { [ProcessTarget] public static void F(Lonely x) { } }
            """);
        Assert.Contains("no class in this compilation derives from it", Assert.Single(run.GeneratorDiagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_MemoryPackable_type_travels_without_its_members_being_walked()
    {
        var run = GeneratorHarness.Run("""
            namespace MemoryPack { public sealed class MemoryPackableAttribute : System.Attribute { } }
            [MemoryPack.MemoryPackable] public sealed partial class Packed { public System.IO.Stream? Log { get; set; } }
            public static class Work { [Multiprocessing.ProcessTarget] public static void F(Packed p) { } }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Every_handle_registers_the_one_handle_marshaller_and_marshallers_for_its_type_arguments()
    {
        var registry = Registry(GeneratorHarness.RunClean("""
            using Multiprocessing;
            public sealed record Point(int X, string Label);
            public static class Work { [ProcessTarget] public static void F(ProcessQueue<Point> queue, SimpleProcessQueue<int> simple, ProcessLock gate, SharedArray<long> counts, ManagedList<string> names) { } }
            """));
        Assert.Contains("Marshaller<global::Multiprocessing.ProcessQueue<global::Point>?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Multiprocessing.ProcessQueue<global::Point>>())", registry);
        Assert.Contains("Marshaller<global::Multiprocessing.SimpleProcessQueue<int>?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Multiprocessing.SimpleProcessQueue<int>>())", registry);
        Assert.Contains("Marshaller<global::Multiprocessing.ProcessLock?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Multiprocessing.ProcessLock>())", registry);
        Assert.Contains("Marshaller<global::Multiprocessing.SharedArray<long>?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Multiprocessing.SharedArray<long>>())", registry);
        Assert.Contains("Marshaller<global::Multiprocessing.ManagedList<string>?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Multiprocessing.ManagedList<string>>())", registry);
        Assert.Contains("Marshaller<global::Point?>.TryRegister(new Point_Marshaller())", registry);
    }

    [Fact]
    public void A_type_of_the_user_that_implements_the_handle_interface_travels_as_a_handle()
    {
        var registry = Registry(GeneratorHarness.RunClean("""
            using Multiprocessing;
            using Multiprocessing.Marshalling;
            public sealed class Ticket : IProcessHandle<Ticket>
            {
                private Ticket(string name) => Name = name;
                public string Name { get; }
                public System.IO.Stream? Local { get; }
                public static Ticket Attach(string name, ref MarshalReader data) => new(name);
            }
            public static class Work { [ProcessTarget] public static void F(Ticket ticket) { } }
            """));
        Assert.Contains("Marshaller<global::Ticket?>.TryRegister(global::Multiprocessing.Marshalling.MarshallerFactory.Handle<global::Ticket>())", registry);
    }

    [Fact]
    public void An_SDK_type_that_is_not_a_handle_does_not_travel_and_says_which_do()
    {
        var run = GeneratorHarness.Run("""
            using Multiprocessing;
            public static class Work { [ProcessTarget] public static void F(ProcessPool pool) { } }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("MP0102", diagnostic.Id);
        Assert.Contains("only handles travel", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Registry(GeneratorRun run) =>
        Assert.Single(run.Sources, s => s.HintName.Contains("ProcessTargets", StringComparison.Ordinal)).Source;
}
