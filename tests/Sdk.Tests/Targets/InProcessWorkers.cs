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

    /// <summary>An initializer with its own static field: Workers.Greeting's must stay unset in the test host.</summary>
    [ProcessTarget]
    public static void RememberGreeting(string greeting) => s_greeting = greeting;

    [ProcessTarget]
    public static string Greeting() => s_greeting ?? "(no initializer ran)";

    [ProcessTarget]
    public static async Task<int> TripleLaterAsync(int x)
    {
        await Task.Yield();
        return 3 * x;
    }

    private static string? s_greeting;
}
