namespace Multiprocessing.Tests.Targets;

/// <summary>Targets of the in-process pool tests.</summary>
public static class InProcessWorkers
{
    [ProcessTarget]
    public static string ThreadName() => Thread.CurrentThread.Name ?? "";

    [ProcessTarget]
    public static string NoteOf(Forgetful value) => value.Note ?? "(lost)";

    [ProcessTarget]
    public static Forgetful Annotate(int value) => new(value, "kept?");

    [ProcessTarget]
    public static int Sum3(int a, int b, int c) => a + b + c;

    [ProcessTarget]
    public static async Task<int> TripleLaterAsync(int x)
    {
        await Task.Yield();
        return 3 * x;
    }
}
