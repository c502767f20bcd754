namespace Multiprocessing.Tests.Targets;

/// <summary>Targets for the warm start's tests.</summary>
public static class WarmStartProbes
{
    /// <summary>The pid of the process that runs the target, and the value of an environment variable there.</summary>
    [ProcessTarget]
    public static string PidAndVariable(string name) => $"{Environment.ProcessId}|{Environment.GetEnvironmentVariable(name)}";

    /// <summary>The pid and the authkey of the process that runs the target.</summary>
    [ProcessTarget]
    public static string PidAndAuthkey() => $"{Environment.ProcessId}|{Convert.ToHexString(Multiprocess.Current.Authkey)}";

    /// <summary>Writes the pid to <paramref name="pidFile"/> and hangs (to be killed), or returns the pid at once when no file is named.</summary>
    [ProcessTarget]
    public static int PidOrHang(string pidFile)
    {
        if (pidFile.Length == 0)
        {
            return Environment.ProcessId;
        }

        File.WriteAllText(pidFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Thread.Sleep(Timeout.Infinite);
        return 0;
    }
}
