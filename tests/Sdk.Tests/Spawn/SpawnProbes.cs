namespace Multiprocessing.Tests.Spawn;

/// <summary>Targets for the spawn security tests: a child that stays alive until released, so the parent can look at it.</summary>
public static class SpawnProbes
{
    /// <summary>
    /// Creates <c>running</c> in <paramref name="directory"/>, waits (at most a minute) for <c>release</c> to appear,
    /// and returns this child's authkey in hex.
    /// </summary>
    [ProcessTarget]
    public static string AuthkeyWhenReleased(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "running"), "");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!File.Exists(Path.Combine(directory, "release")) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        return Convert.ToHexString(Multiprocess.Current.AuthKey);
    }

    /// <summary>Whether an assembly of this simple name is loaded in this process.</summary>
    [ProcessTarget]
    public static bool IsLoaded(string simpleName) =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
}
