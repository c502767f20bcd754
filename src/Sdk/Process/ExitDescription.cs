namespace Multiprocessing;

/// <summary>Says how a child ended, in words: its exit code, or the signal that killed it, by name and number.</summary>
internal static class ExitDescription
{
    /// <summary>"exited with code 3", or "was killed by SIGINT (signal 2)" for a Python-style negative exit code.</summary>
    /// <param name="exitCode">The exit code, Python-style (negative signal number when a signal ended the process).</param>
    internal static string Of(int exitCode) => exitCode < 0
        ? $"was killed by {SignalName(-exitCode)} (signal {-exitCode})"
        : $"exited with code {exitCode}";

    /// <summary>The name of a Linux signal (SIGINT for 2), or "signal N" for one without a well-known name.</summary>
    internal static string SignalName(int signal) => signal switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        10 => "SIGUSR1",
        11 => "SIGSEGV",
        12 => "SIGUSR2",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        _ => "signal " + signal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
