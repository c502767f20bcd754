namespace Multiprocessing.TreeProbe;

/// <summary>The probe's pool task.</summary>
internal static class Tasks
{
    /// <summary>Runs in a pool worker.</summary>
    [ProcessTarget]
    public static int Square(int x) => x * x;
}
