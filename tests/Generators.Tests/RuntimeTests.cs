using System.Reflection;
using Multiprocessing.Marshalling;
using Multiprocessing.Targets;

namespace Multiprocessing.Generators.Tests;

/// <summary>Compiles user code with the generator, loads it, and runs the generated registrations, dispatchers and marshallers.</summary>
public class RuntimeTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Multiprocessing;
        using Multiprocessing.Marshalling;

        namespace Rt
        {
            public enum Color : short { Red = 1, Green = 2 }
            public struct Money { public decimal Amount; public int Currency; }
            public struct Line { public string? Sku; public Money Price; public int Quantity { get; set; } }
            public record Person(string Name, int Age, Person? Parent);
            public sealed class Box { public string Label { get; set; } = ""; public List<Person>? People { get; init; } public Line[] Lines = Array.Empty<Line>(); public int Computed => Label.Length; }
            public static class Outer { public sealed record Inner(string @class, (string, int) Pair); }
            public readonly record struct Point(double X, double Y, string? Tag);

            public sealed class Shapes
            {
                public int I { get; set; }
                public Color C { get; set; }
                public string? S { get; set; }
                public string? NullString { get; set; }
                public byte[]? Bytes { get; set; }
                public int[]? Ints { get; set; }
                public int[]? NullInts { get; set; }
                public string?[]? Strings { get; set; }
                public List<string>? List { get; set; }
                public Dictionary<string, int>? Map { get; set; }
                public HashSet<int>? Set { get; set; }
                public int? MaybeInt { get; set; }
                public int? NoInt { get; set; }
                public (string, int) Tuple { get; set; }
                public (int, long) RawTuple { get; set; }
                public Money Money { get; set; }
                public Line Line { get; set; }
                public Line? MaybeLine { get; set; }
                public Line? NoLine { get; set; }
                public Person? Person { get; set; }
                public Person? NoPerson { get; set; }
                public Box? Box { get; set; }
                public Outer.Inner? Inner { get; set; }
                public Point Point { get; set; }
                public List<Dictionary<string, Person[]>>? Deep { get; set; }
                public bool Flag { get; set; }
                public DateTime When { get; set; }
                public Guid Id { get; set; }
            }

            public static class Worker
            {
                [ProcessTarget] public static int Square(int x) => x * x;
                [ProcessTarget] public static Shapes Echo(Shapes s) => s;
                [ProcessTarget] public static void Nothing(string s) { }
                [ProcessTarget] public static async Task<string> ConcatAsync(string a, List<string> b) { await Task.Yield(); return a + string.Join("", b); }
                [ProcessTarget] public static Task FireAsync() => Task.CompletedTask;
                [ProcessTarget] public static ValueTask<Person?> OlderAsync(Person? p, int years) => new(p is null ? null : p with { Age = p.Age + years });
                [ProcessTarget] public static ValueTask Done() => default;
                [ProcessTarget] internal static (string, Point) Pair(Point p, string s) => (s, p);
                [ProcessTarget] public static long Eight(int a, int b, int c, int d, int e, int f, int g, long h) => a + b + c + d + e + f + g + h;
                [ProcessTarget] public static int Token(int x, System.Threading.CancellationToken token, int y) => token.IsCancellationRequested ? -(x + y) : x + y;
                [ProcessTarget] public static int MappedToken(int x, System.Threading.CancellationToken token) => token.IsCancellationRequested ? -x : x;
                [ProcessTarget] public static Task<int> MappedTokenAsync(int x, System.Threading.CancellationToken token) => Task.FromResult(token.IsCancellationRequested ? -x : x);
            }

            public partial class Job : ChildProcess
            {
                private readonly string _name;
                private int _n;
                public List<int> Items { get; } = new();
                public string? Label { get; set; }
                [NonSerialized] private int _skip = 5;
                public Job(string name, int n) { _name = name; _n = n; }
                public override void Run() { }
                public virtual string Describe() => $"{_name}|{_n}|{string.Join(",", Items)}|{Label}|{_skip}";
                public byte[] Save() { var w = new MarshalWriter(); WriteFields(w); return w.ToArray(); }
                public void Change() { _skip = 7; }
            }

            public sealed partial class SubJob : Job
            {
                public double Extra;
                public Person? Owner;
                public SubJob() : base("sub", 2) { }
                public override string Describe() => base.Describe() + "|" + Extra + "|" + Owner;
            }

            public static class Probe
            {
                private static readonly JsonSerializerOptions s_json = new() { IncludeFields = true };

                public static Shapes Sample() => new()
                {
                    I = 42, C = Color.Green, S = "héllo", Bytes = new byte[] { 1, 2, 3 }, Ints = new[] { 1, -2, 3 },
                    Strings = new[] { "a", null, "" }, List = new() { "x", "y" }, Map = new() { ["one"] = 1, ["two"] = 2 },
                    Set = new() { 5, 6 }, MaybeInt = 7, Tuple = ("t", 9), RawTuple = (1, 2L), Money = new Money { Amount = 1.5m, Currency = 978 },
                    Line = new Line { Sku = "sku", Price = new Money { Amount = 2m }, Quantity = 3 },
                    MaybeLine = new Line { Sku = null, Quantity = 1 },
                    Person = new Person("Ann", 40, new Person("Bob", 70, null)),
                    Box = new Box { Label = "box", People = new() { new Person("C", 1, null) }, Lines = new[] { new Line { Sku = "l" } } },
                    Inner = new Outer.Inner("kw", ("p", 1)), Point = new Point(1.5, -2, "pt"),
                    Deep = new() { new() { ["k"] = new[] { new Person("D", 2, null) } } },
                    Flag = true, When = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
                };

                public static string Json(object? value) => JsonSerializer.Serialize(value, s_json);

                public static string RoundTripShapes()
                {
                    var w = new MarshalWriter();
                    Marshaller<Shapes>.Default.Write(w, Sample());
                    var r = new MarshalReader(w.WrittenSpan);
                    var back = Marshaller<Shapes>.Default.Read(ref r);
                    r.EnsureEnd("shapes");
                    return Json(back);
                }

                public static byte[] Args(object?[] args)
                {
                    var w = new MarshalWriter();
                    foreach (var a in args)
                    {
                        switch (a)
                        {
                            case Shapes s: w.Write(s); break;
                            case Person p: w.Write<Person?>(p); break;
                            case Point p: w.Write(p); break;
                            case List<string> l: w.Write(l); break;
                            default: throw new ArgumentException(a?.GetType().Name);
                        }
                    }

                    return w.ToArray();
                }

                public static string ReadShapes(byte[] bytes) { var r = new MarshalReader(bytes); var v = Marshaller<Shapes>.Default.Read(ref r); r.EnsureEnd("x"); return Json(v); }
                public static string ReadPerson(byte[] bytes) { var r = new MarshalReader(bytes); var v = Marshaller<Person?>.Default.Read(ref r); r.EnsureEnd("x"); return Json(v); }
                public static string ReadPair(byte[] bytes) { var r = new MarshalReader(bytes); var v = Marshaller<(string, Point)>.Default.Read(ref r); r.EnsureEnd("x"); return Json(v); }

                public static void CreateAll()
                {
                    // The runtime finds a target by delegate equality: these throw unless the registered delegate types match.
                    ChildProcess.Create(Worker.Square, 3).Dispose();
                    ChildProcess.Create(Worker.Echo, Sample()).Dispose();
                    ChildProcess.Create(Worker.Nothing, "s").Dispose();
                    ChildProcess.Create(Worker.ConcatAsync, ("a", new List<string>())).Dispose();
                    ChildProcess.Create(Worker.FireAsync).Dispose();
                    ChildProcess.Create(Worker.OlderAsync, ((Person?)null, 1)).Dispose();
                    ChildProcess.Create(Worker.Done).Dispose();
                    ChildProcess.Create(Worker.Pair, (new Point(), "s")).Dispose();
                    ChildProcess.Create(Worker.Eight, (1, 2, 3, 4, 5, 6, 7, 8L)).Dispose();
                }

                public static Job MakeJob() { var j = new Job("crawl", 3) { Label = "L" }; j.Items.Add(1); j.Items.Add(2); j.Change(); return j; }
                public static SubJob MakeSubJob() { var j = new SubJob { Extra = 0.5, Owner = new Person("O", 9, null), Label = null }; j.Items.Add(8); return j; }
            }
        }
        """;

    private static readonly Lazy<Assembly> s_assembly = new(() =>
    {
        var run = GeneratorHarness.RunClean(Source);
        return GeneratorHarness.Load(run.Output);
    });

    private static object? Probe(string method, params object?[] args) => GeneratorHarness.Call(s_assembly.Value, "Rt.Probe", method, args);

    private static async Task<byte[]> Invoke(string id, byte[] arguments, CancellationToken cancellationToken = default)
    {
        _ = s_assembly.Value;
        Assert.True(TargetRegistry.TryGet(id, out var descriptor), "Not registered: " + id);
        var invoker = (TargetInvoker)typeof(TargetDescriptor).GetProperty("Invoker", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(descriptor)!;
        var result = new MarshalWriter();
        await invoker(arguments, result, cancellationToken);
        return result.ToArray();
    }

    [Fact]
    public void Every_shape_round_trips()
    {
        string expected = (string)Probe("Json", Probe("Sample"))!;
        Assert.Equal(expected, (string)Probe("RoundTripShapes")!);
        Assert.Contains("\"NullString\":null", expected);
        Assert.Contains("h\\u00E9llo", expected);
    }

    [Fact]
    public void Registered_delegates_match_the_Create_overloads() => Probe("CreateAll");

    [Fact]
    public void Targets_are_registered_by_id_with_their_declaring_type()
    {
        _ = s_assembly.Value;
        Assert.True(TargetRegistry.TryGet("Rt.Worker.Square(int)", out var d));
        Assert.Equal("Rt.Worker", d.DeclaringType.FullName);
        Assert.Same(s_assembly.Value, d.Assembly);
        Assert.True(TargetRegistry.TryGet("Rt.Worker.Eight(int, int, int, int, int, int, int, long)", out _));
    }

    [Fact]
    public async Task A_sync_dispatcher_reads_the_arguments_and_writes_the_result()
    {
        var args = new MarshalWriter();
        args.Write(12);
        var result = await Invoke("Rt.Worker.Square(int)", args.ToArray());
        var reader = new MarshalReader(result);
        Assert.Equal(144, reader.Read<int>());
        reader.EnsureEnd("result");
    }

    [Fact]
    public async Task A_token_parameter_is_not_read_from_the_arguments_and_receives_the_dispatchers_token()
    {
        var args = new MarshalWriter();
        args.Write(3);
        args.Write(4); // only the two ints travel: the dispatcher reads nothing for the token
        var result = await Invoke("Rt.Worker.Token(int, System.Threading.CancellationToken, int)", args.ToArray());
        Assert.Equal(7, new MarshalReader(result).Read<int>());
        result = await Invoke("Rt.Worker.Token(int, System.Threading.CancellationToken, int)", args.ToArray(), new CancellationToken(canceled: true));
        Assert.Equal(-7, new MarshalReader(result).Read<int>());
    }

    [Theory]
    [InlineData("Rt.Worker.MappedToken(int, System.Threading.CancellationToken)")]
    [InlineData("Rt.Worker.MappedTokenAsync(int, System.Threading.CancellationToken)")]
    public async Task An_item_and_token_target_is_mapped_with_its_chunks_token(string id)
    {
        _ = s_assembly.Value;
        Assert.True(TargetRegistry.TryGet(id, out var descriptor), "Not registered: " + id);
        var batch = descriptor.Batch ?? throw new Xunit.Sdk.XunitException("No batch runner: the pool cannot map " + id);
        var chunk = new MarshalWriter();
        chunk.WriteLengthHeader(2);
        chunk.Write(3);
        chunk.Write(4); // only the items travel
        foreach (var (token, sign) in new[] { (CancellationToken.None, 1), (new CancellationToken(canceled: true), -1) })
        {
            var results = new MarshalWriter();
            await batch.RunAsync(chunk.ToArray(), results, null, token);
            var reader = new MarshalReader(results.ToArray());
            Assert.Equal(2, reader.ReadLengthHeader(sizeof(int)));
            Assert.Equal(3 * sign, reader.Read<int>());
            Assert.Equal(4 * sign, reader.Read<int>());
            reader.EnsureEnd("results");
        }

        Assert.True(TargetRegistry.TryGet("Rt.Worker.Token(int, System.Threading.CancellationToken, int)", out var middle));
        Assert.Null(middle.Batch); // a token between data parameters: not mappable
    }

    [Fact]
    public async Task An_echo_dispatcher_round_trips_an_object_graph()
    {
        var sample = Probe("Sample");
        var result = await Invoke("Rt.Worker.Echo(Rt.Shapes)", (byte[])Probe("Args", new object?[] { new[] { sample } })!);
        Assert.Equal((string)Probe("Json", sample)!, (string)Probe("ReadShapes", result)!);
    }

    [Fact]
    public async Task Async_dispatchers_await_the_target()
    {
        var args = new MarshalWriter();
        args.Write("a");
        args.Write(new List<string> { "b", "c" });
        var result = await Invoke("Rt.Worker.ConcatAsync(string, System.Collections.Generic.List<string>)", args.ToArray());
        var reader = new MarshalReader(result);
        Assert.Equal("abc", reader.Read<string>());

        Assert.Empty(await Invoke("Rt.Worker.FireAsync()", Array.Empty<byte>()));
        Assert.Empty(await Invoke("Rt.Worker.Done()", Array.Empty<byte>()));
        var nothing = new MarshalWriter();
        nothing.Write("ignored");
        Assert.Empty(await Invoke("Rt.Worker.Nothing(string)", nothing.ToArray()));
    }

    [Fact]
    public async Task A_ValueTask_of_a_nullable_record_and_null_arguments_round_trip()
    {
        var person = s_assembly.Value.GetType("Rt.Person")!.GetConstructors()[0].Invoke(new object?[] { "Ann", 40, null });
        var args = (byte[])Probe("Args", new object?[] { new[] { person } })!;
        var withYears = new MarshalWriter();
        withYears.WriteRaw(args);
        withYears.Write(2);
        var result = await Invoke("Rt.Worker.OlderAsync(Rt.Person, int)", withYears.ToArray());
        Assert.Contains("\"Age\":42", (string)Probe("ReadPerson", result)!);

        var nullArgs = new MarshalWriter();
        nullArgs.WriteNullObjectHeader();
        nullArgs.Write(2);
        Assert.Equal("null", (string)Probe("ReadPerson", await Invoke("Rt.Worker.OlderAsync(Rt.Person, int)", nullArgs.ToArray()))!);
    }

    [Fact]
    public async Task A_tuple_result_with_a_struct_round_trips()
    {
        var point = Activator.CreateInstance(s_assembly.Value.GetType("Rt.Point")!, 1.0, 2.0, "t");
        var args = new MarshalWriter();
        args.WriteRaw((byte[])Probe("Args", new object?[] { new[] { point } })!);
        args.Write("s");
        var json = (string)Probe("ReadPair", await Invoke("Rt.Worker.Pair(Rt.Point, string)", args.ToArray()))!;
        Assert.Contains("\"Item1\":\"s\"", json);
        Assert.Contains("\"Tag\":\"t\"", json);
    }

    [Fact]
    public async Task Malformed_arguments_are_rejected()
    {
        var truncated = new MarshalWriter();
        truncated.WriteUnmanaged((short)1);
        await Assert.ThrowsAsync<MarshalException>(() => Invoke("Rt.Worker.Square(int)", truncated.ToArray()));

        var trailing = new MarshalWriter();
        trailing.Write(1);
        trailing.Write(2);
        var error = await Assert.ThrowsAsync<MarshalException>(() => Invoke("Rt.Worker.Square(int)", trailing.ToArray()));
        Assert.Contains("Rt.Worker.Square(int)", error.Message);

        var badHeader = new MarshalWriter();
        badHeader.WriteObjectHeader(9);
        error = await Assert.ThrowsAsync<MarshalException>(() => Invoke("Rt.Worker.Echo(Rt.Shapes)", badHeader.ToArray()));
        Assert.Contains("Rt.Shapes", error.Message);
    }

    [Fact]
    public void ChildProcess_subclass_fields_travel()
    {
        var job = Probe("MakeJob")!;
        var copy = Rehydrate("Rt.Job", job);
        Assert.Equal("crawl|3|1,2|L|5", Describe(copy)); // [NonSerialized] keeps its initializer: 5, not 7
        Assert.Equal("crawl|3|1,2|L|7", Describe(job));

        var sub = Probe("MakeSubJob")!;
        var subCopy = Rehydrate("Rt.SubJob", sub);
        Assert.Equal(Describe(sub), Describe(subCopy));
        Assert.Equal("sub|2|8||5|0.5|Person { Name = O, Age = 9, Parent =  }", Describe(subCopy));
    }

    private static object Rehydrate(string id, object process)
    {
        Assert.True(TargetRegistry.TryGet(id, out var descriptor), "Not registered: " + id);
        var factory = (ProcessClassFactory)typeof(TargetDescriptor).GetProperty("Factory", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(descriptor)!;
        var bytes = (byte[])process.GetType().GetMethod("Save")!.Invoke(process, null)!;
        var reader = new MarshalReader(bytes);
        var copy = factory(ref reader);
        reader.EnsureEnd(id);
        Assert.Equal(process.GetType(), copy.GetType());
        return copy;
    }

    private static string Describe(object process) => (string)process.GetType().GetMethod("Describe")!.Invoke(process, null)!;
}
