namespace Multiprocessing.Spawn;

/// <summary>
/// The environment variables through which a parent tells a spawned child how to reach it. The child reads them
/// once and removes them, so that programs the child itself starts do not inherit them.
/// </summary>
/// <remarks>
/// Removing them does not take them out of <c>/proc/&lt;pid&gt;/environ</c>, which shows the environment the process
/// was started with for its whole life: so no long-lived secret travels here. The only secret is the one-time
/// <see cref="SpawnToken"/>, worthless once the child has connected; the authkey comes in the Start frame.
/// </remarks>
internal static class SpawnEnvironment
{
    internal const string Endpoint = "MULTIPROCESSING_ENDPOINT";
    internal const string Token = "MULTIPROCESSING_TOKEN";
    internal const string TargetAssembly = "MULTIPROCESSING_TARGET_ASSEMBLY";

    private static readonly string? s_endpoint = Environment.GetEnvironmentVariable(Endpoint);

    /// <summary>Whether this process was spawned by the SDK (it is a child that must bootstrap).</summary>
    internal static bool IsSpawnedChild => s_endpoint is not null;

    internal static ChildStartInfo TakeChildStartInfo()
    {
        string endpoint = s_endpoint ?? throw new InvalidOperationException("This process was not spawned by Multiprocessing.");
        string token = Environment.GetEnvironmentVariable(Token) ?? throw Missing(Token);
        string? assembly = Environment.GetEnvironmentVariable(TargetAssembly);
        foreach (var name in new[] { Endpoint, Token, TargetAssembly })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        return new ChildStartInfo(endpoint, SpawnToken.Parse(token, Token), assembly);
    }

    /// <summary>Parses hex digits (Convert.FromHexString costs ~2 ms of JIT on every child start).</summary>
    internal static byte[] FromHex(string hex, string variable)
    {
        if (hex.Length % 2 != 0)
        {
            throw Corrupt(variable);
        }

        var bytes = new byte[hex.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((Digit(hex[2 * i], variable) << 4) | Digit(hex[(2 * i) + 1], variable));
        }

        return bytes;
    }

    private static int Digit(char c, string variable) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => throw Corrupt(variable),
    };

    private static ProcessException Corrupt(string variable) =>
        new($"The spawn environment variable {variable} is not a hex string.");

    private static ProcessException Missing(string name) =>
        new($"This process was spawned by Multiprocessing but the environment variable {name} is missing; the spawn environment is incomplete.");
}
