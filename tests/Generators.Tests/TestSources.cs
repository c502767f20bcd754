namespace Multiprocessing.Generators.Tests;

/// <summary>Representative user code.</summary>
internal static class TestSources
{
    public const string Targets = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Multiprocessing;

        namespace Demo
        {
            public enum Color { Red, Green, Blue }

            public record Person(string Name, int Age);

            public static class Worker
            {
                [ProcessTarget]
                public static int Square(int x) => x * x;

                [ProcessTarget]
                public static string Greet(string? name, Color color) => $"Hello {name ?? "nobody"} in {color}";

                [ProcessTarget]
                public static void Log(string message) { }

                [ProcessTarget]
                internal static async Task<long> SumAsync(int[] values)
                {
                    await Task.Yield();
                    long sum = 0;
                    foreach (var v in values) sum += v;
                    return sum;
                }

                [ProcessTarget]
                public static Task Fire() => Task.CompletedTask;

                [ProcessTarget]
                public static async ValueTask<string?> EchoAsync(string? text)
                {
                    await Task.Yield();
                    return text;
                }

                [ProcessTarget]
                public static ValueTask Nothing() => default;

                [ProcessTarget]
                public static Dictionary<string, Person> Index(List<Person> people, (string Prefix, int Min) filter)
                {
                    var result = new Dictionary<string, Person>();
                    foreach (var p in people)
                    {
                        if (p.Age >= filter.Min) result[filter.Prefix + p.Name] = p;
                    }

                    return result;
                }

                [ProcessTarget]
                public static int @class(int @int, string @string) => @int + @string.Length;

                [ProcessTarget]
                public static int Wait(System.Threading.CancellationToken cancellationToken, int x) => x;

                [ProcessTarget]
                public static async Task<int> WaitAsync(int x, System.Threading.CancellationToken token, string label)
                {
                    await Task.Delay(1, token);
                    return x + label.Length;
                }
            }
        }
        """;

    public const string Types = """
        using System.Collections.Generic;
        using Multiprocessing;

        namespace Shop
        {
            public enum Status : byte { Open = 1, Shipped = 2 }

            public struct Money { public decimal Amount; public int Currency; }

            public struct Line
            {
                public string Sku;
                public Money Price;
                public int Quantity { get; set; }
            }

            public sealed class Order
            {
                public string Id { get; set; } = "";
                public Status Status { get; init; }
                public List<Line> Lines { get; init; } = new();
                public HashSet<string>? Tags { get; set; }
                public Line? Featured { get; set; }
                public Money? Discount { get; set; }
                public double[]? Weights { get; set; }
                public string?[] Notes { get; set; } = System.Array.Empty<string?>();
                public Order? Previous { get; set; }
                public int Count => Lines.Count;
            }

            public readonly record struct Customer(string Name, Dictionary<string, List<int>> History);

            public class Outer
            {
                public record Inner(string Value, Outer.Inner? Next);
            }

            public static class Service
            {
                [ProcessTarget]
                public static Order Copy(Order order) => order;

                [ProcessTarget]
                public static (Customer, Outer.Inner?) Pair(Customer customer, Outer.Inner? inner) => (customer, inner);
            }
        }
        """;

    public const string ProcessClasses = """
        using System;
        using System.Collections.Generic;
        using Multiprocessing;

        namespace Crawl
        {
            public partial class Crawler : ChildProcess
            {
                private readonly string _url;
                private int _depth;
                public List<string> Seen { get; } = new();
                public string? Label { get; set; }
                [NonSerialized] private object? _cache;
                private const int Max = 3;
                private static int s_count = 1;

                public Crawler(string url, int depth)
                {
                    _url = url;
                    _depth = depth;
                }

                public string Url => _url;
                public int Depth => _depth;
                public object? Cache => _cache ??= new object();
                public static int Count => s_count;

                public override void Run() { }
            }

            public sealed partial class DeepCrawler : Crawler
            {
                public int Extra;

                public DeepCrawler(string url) : base(url, 9) { }
            }

            public abstract partial class BaseJob : ChildProcess
            {
                protected double Weight;
            }

            public static partial class Host
            {
                internal partial class Nested : ChildProcess
                {
                    public int @class;
                    public override void Run() { }
                }
            }
        }
        """;
}
