using System.Collections.Immutable;
using System.Net;
using System.Numerics;
using Multiprocessing.Marshalling;

[assembly: ProcessMarshaller(typeof(IPAddress), typeof(Multiprocessing.Tests.Targets.Travel.IPAddressMarshaller))]

namespace Multiprocessing.Tests.Targets.Travel;

/// <summary>Targets whose parameters and results are the types the travel rules added: idiomatic members, polymorphic shapes, a registered third-party type.</summary>
public static class TravelWorkers
{
    /// <summary>Returns the record with every collection grown by one item and every scalar changed, so that both directions are checked.</summary>
    [ProcessTarget]
    public static Idioms Bump(Idioms x) => new(
        x.List.Append(x.List.Count).ToList(),
        x.Collection.Append("child").ToList(),
        new Dictionary<string, int>(x.Dictionary) { ["child"] = Environment.ProcessId },
        new HashSet<string>(x.Set) { "child" },
        x.Array.Add(-1),
        x.ImmutableList.Add("child"),
        x.ImmutableDictionary.SetItem("child", 1),
        new Uri(x.Address, "child"),
        x.RelativeAddress,
        new Version(x.Version.Major + 1, x.Version.Minor),
        x.Big * 2,
        x.Bytes.ToArray().Append((byte)255).ToArray(),
        x.Numbers.ToArray().Append(-1).ToArray(),
        x.Doubles);

    /// <summary>The new types as parameters and as the result.</summary>
    [ProcessTarget]
    public static ImmutableArray<string> Parameters(IReadOnlyList<int> list, IReadOnlyDictionary<string, int> dictionary, Uri uri, Version version, BigInteger big, ReadOnlyMemory<byte> bytes, Memory<int> numbers, ImmutableList<string> names) =>
        [string.Join(",", list), string.Join(",", dictionary.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)), uri.ToString(), version.ToString(), big.ToString(), Convert.ToHexString(bytes.Span), string.Join(",", numbers.ToArray()), string.Join(",", names)];

    /// <summary>What the child received: its class and its members.</summary>
    [ProcessTarget]
    public static string Describe(Shape shape) => shape switch
    {
        Ring r => $"Ring {r.Name} r={r.Radius} inner={r.Inner} core={(r.Core is null ? "none" : Describe(r.Core))}",
        Circle c => $"Circle {c.Name} r={c.Radius}",
        Square s => $"Square {s.Name} side={s.Side}",
        _ => $"{shape.GetType().Name} {shape.Name}",
    };

    /// <summary>A polymorphic result: the child returns a derived record as its base.</summary>
    [ProcessTarget]
    public static Shape Grow(Shape shape) => shape switch
    {
        Circle c => c with { Radius = c.Radius * 2 },
        Square s => s with { Side = s.Side * 2 },
        _ => new Circle(shape.Name, 1),
    };

    /// <summary>A record with polymorphic members.</summary>
    [ProcessTarget]
    public static string DescribeDrawing(Drawing drawing) =>
        drawing.Title + ": " + string.Join("; ", drawing.Shapes.Select(Describe)) + " | main " + Describe(drawing.Main);

    /// <summary>A type the assembly does not own, through its assembly-level marshaller, as a member and as a result.</summary>
    [ProcessTarget]
    public static IPAddress Next(Endpoint endpoint)
    {
        var bytes = endpoint.Address.GetAddressBytes();
        bytes[^1] += (byte)endpoint.Port;
        return new IPAddress(bytes);
    }
}
