// Pitfalls: the mistakes Python's multiprocessing users make most often, written in C#, one per diagnostic.
// Build it (`dotnet build samples/Pitfalls`) and read the warnings; every file says what is wrong and what is right.
// Each pitfall sits in a method that Main never calls: this program is meant to be built, not run.
namespace Pitfalls;

public static class Program
{
    // MP0001: the entry point does not start with `Multiprocess.MainGuard();` (Python's missing
    // `if __name__ == '__main__':`). Every child is a new run of this program that picks up its target at the guard;
    // without it children fall back to the slower child host (JIT only: with PublishAot, MP0001 is an error).
    // Right: `Multiprocess.MainGuard();` as the first statement.
    public static void Main()
    {
        Console.WriteLine("Pitfalls is a showcase of wrong code: build it and read the warnings, do not run it.");
    }
}
