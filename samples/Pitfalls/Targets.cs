using Multiprocessing;

namespace Pitfalls;

/// <summary>The process targets the pitfalls use.</summary>
public static class Work
{
    [ProcessTarget]
    public static void Crunch(int n) => Console.WriteLine($"crunching {n}");

    [ProcessTarget]
    public static void Greet(string name, int times) => Console.WriteLine($"hello {name} x{times}");

    [ProcessTarget]
    public static int Sum(int a, int b, int c) => a + b + c;

    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static string Label(int x) => "#" + x;

    // MP0004 (wrong): a Stream parameter; the source generator also reports it here (MP0102).
    [ProcessTarget]
    public static void WriteLog(Stream output) => output.WriteByte(1);

    // MP0003 (wrong): static, but not marked [ProcessTarget]: the child cannot find it.
    public static void Forgotten(int n) => Console.WriteLine(n);
}

/// <summary>A process class: Run() is what the child executes.</summary>
public partial class Ticker : ChildProcess
{
    public Ticker()
    {
    }

    public override void Run() => Console.WriteLine("tick");
}
