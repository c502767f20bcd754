using Multiprocessing;

namespace Samples.Processes;

/// <summary>The targets of the Processes sample.</summary>
internal static class Tasks
{
    /// <summary>Changed by a child; the parent keeps its own copy.</summary>
    public static int Counter;

    [ProcessTarget]
    public static string Info(string greeting) =>
        $"{greeting} from {Multiprocess.Current.Name}: pid {Environment.ProcessId}, parent pid {Multiprocess.Parent?.Pid}";

    [ProcessTarget]
    public static int Square(int x) => x * x;

    [ProcessTarget]
    public static void Sleep(int milliseconds) => Thread.Sleep(milliseconds);

    // MP0007 warns that the parent never sees this write: that is exactly what step 5 of the sample shows.
#pragma warning disable MP0007
    [ProcessTarget]
    public static int IncrementCounter() => Counter += 100;
#pragma warning restore MP0007

    [ProcessTarget]
    public static void Fail() => throw new InvalidOperationException("something went wrong in the child");
}
