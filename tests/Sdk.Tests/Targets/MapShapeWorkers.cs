namespace Multiprocessing.Tests.Targets;

/// <summary>
/// Map and Starmap targets of every shape a batch runner covers (1-4 parameters; returning a value, a
/// <see cref="Task{TResult}"/> or a <see cref="ValueTask{TResult}"/>) that <see cref="Workers"/> has no target of.
/// </summary>
public static class MapShapeWorkers
{
    [ProcessTarget]
    public static async ValueTask<int> CubeLaterAsync(int x)
    {
        await Task.Yield();
        return x * x * x;
    }

    [ProcessTarget]
    public static async ValueTask<string> RepeatLaterAsync(string text, int times)
    {
        await Task.Yield();
        return string.Concat(Enumerable.Repeat(text, times));
    }

    [ProcessTarget]
    public static async Task<int> Sum3LaterAsync(int a, int b, int c)
    {
        await Task.Yield();
        return a + b + c;
    }

    [ProcessTarget]
    public static async ValueTask<long> Product3LaterAsync(long a, long b, long c)
    {
        await Task.Yield();
        return a * b * c;
    }

    [ProcessTarget]
    public static string Join4(string a, int b, double c, bool d) => $"{a}|{b}|{c}|{d}";

    [ProcessTarget]
    public static async Task<int> Sum4LaterAsync(int a, int b, int c, int d)
    {
        await Task.Yield();
        return a + b + c + d;
    }

    [ProcessTarget]
    public static async ValueTask<int> Sum4ValueLaterAsync(int a, int b, int c, int d)
    {
        await Task.Yield();
        return a + b + c + d;
    }

    [ProcessTarget]
    public static async Task<int> DivideLaterAsync(int a, int b)
    {
        await Task.Yield();
        return a / b;
    }
}
