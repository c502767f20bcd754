namespace Multiprocessing.Tests.Targets;

/// <summary>Targets for the warm start's tests.</summary>
public static class WarmStartProbes
{
    /// <summary>The pid of the process that runs the target, and the value of an environment variable there.</summary>
    [ProcessTarget]
    public static string PidAndVariable(string name) => $"{Environment.ProcessId}|{Environment.GetEnvironmentVariable(name)}";

    /// <summary>The pid and the authkey of the process that runs the target.</summary>
    [ProcessTarget]
    public static string PidAndAuthkey() => $"{Environment.ProcessId}|{Convert.ToHexString(Multiprocess.Current.AuthKey)}";

    /// <summary>Turns the warm start on in this (child) process, writes the pid of its ready spare to <paramref name="pidFile"/> and hangs (to be killed).</summary>
    [ProcessTarget]
    public static void KeepSpareAndHang(string pidFile)
    {
        Multiprocess.StartMethod = StartMethod.WarmSpawn;
        using (var first = ChildProcess.Create(Workers.Square, 2))
        {
            first.Start(); // cold: names the command spares are kept for
            first.Join();
        }

        if (!Multiprocess.WaitForSpares(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("the spare did not get ready");
        }

        File.WriteAllText(pidFile, Multiprocessing.Spawn.SpareSupply.Pids().Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Thread.Sleep(Timeout.Infinite);
    }

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
