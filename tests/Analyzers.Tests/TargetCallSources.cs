namespace Multiprocessing.Analyzers.Tests;

/// <summary>Targets and a caller shape shared by the tests of every target-taking API (on the standard harness).</summary>
internal static class TargetCallSources
{
    /// <summary>Targets of every shape the tests pass, plus types that cannot travel.</summary>
    public const string Targets = """
        using System.IO;
        using System.Threading.Tasks;
        using Multiprocessing;

        public record Shape(string Name);
        public sealed record Circle(string Name, double Radius) : Shape(Name);

        public static class Work
        {
            [ProcessTarget] public static void None() { }
            [ProcessTarget] public static void One(int x) { }
            [ProcessTarget] public static void Two(int a, string b) { }
            [ProcessTarget] public static int Three(int a, int b, int c) => a + b + c;
            [ProcessTarget] public static int Double(int x) => x * 2;
            [ProcessTarget] public static Task<int> DoubleAsync(int x) => Task.FromResult(x * 2);
            [ProcessTarget] public static int Add(int a, int b) => a + b;
            [ProcessTarget] public static string Greet(string name, int times) => name;
            [ProcessTarget] public static void Init(int seed) { }
            [ProcessTarget] public static void Init2(int seed, string name) { }
            [ProcessTarget] public static void InitLog(Stream log) { }
            [ProcessTarget] public static long Length(Stream s) => s.Length;
            [ProcessTarget] public static int Weigh(int n, Stream s) => n;
            [ProcessTarget] public static int Patient(int x, System.Threading.CancellationToken token) => x;
            [ProcessTarget] public static int PatientPair(System.Threading.CancellationToken token, int a, string b) => a;
            [ProcessTarget] public static long PatientLength(Stream s, System.Threading.CancellationToken token) => s.Length;
        }

        public static class Types
        {
            [ProcessTarget] public static string Describe(Shape s) => s.Name;
            [ProcessTarget] public static void Show(Shape s) { }
            [ProcessTarget] public static string Label(int x) => "x";
        }
        """;

    /// <summary>A caller whose body is <paramref name="body"/>, with a pool, items and a stream in scope.</summary>
    public static string Caller(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Multiprocessing;

        public class App
        {
            private int _factor = 2;

            public int Scale(int x) => x * _factor;

            public static int Plain(int x) => x;

            public async Task Go(ProcessPool pool, InProcessPool local, List<int> items, List<(int, int)> pairs, Stream stream, List<Stream> streams, List<Circle> circles, Circle circle, List<(int, Stream)> jobs)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;
}
