namespace Multiprocessing.Pool;

/// <summary>Runs user callbacks so that a throwing callback never takes the pool down.</summary>
internal static class PoolCallbacks
{
    internal static void Invoke<T>(Action<T>? callback, T value)
    {
        if (callback is null)
        {
            return;
        }

        try
        {
            callback(value);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"Multiprocessing: a ProcessPool callback threw and was ignored: {ex}");
        }
    }
}
