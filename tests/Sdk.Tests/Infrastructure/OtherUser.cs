using System.Diagnostics;

namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// A real second local user for the tests that play another user of the machine (an attacker). Where the tests run as
/// root, a throwaway system user is created once (<c>useradd</c>) and commands run as it through <c>setpriv</c>; as
/// any other user the tests that need it return early and print <see cref="SkipReason"/>.
/// </summary>
internal static class OtherUser
{
    internal const string Name = "mp-net-other";
    private static readonly Lazy<(int Uid, int Gid, string? Why)> s_user = new(Create);

    /// <summary>Why no second user is available here, or null when one is.</summary>
    internal static string? SkipReason => s_user.Value.Why;

    /// <summary>The second user's uid.</summary>
    internal static int Uid => s_user.Value.Uid;

    /// <summary>The second user's primary gid.</summary>
    internal static int Gid => s_user.Value.Gid;

    /// <summary>Runs <paramref name="file"/> as the second user (no supplementary groups) and returns its exit code and output.</summary>
    internal static (int ExitCode, string Output, string Error) Run(string file, params string[] arguments)
    {
        var user = s_user.Value;
        if (user.Why is not null)
        {
            throw new InvalidOperationException(user.Why);
        }

        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { $"--reuid={user.Uid}", $"--regid={user.Gid}", "--clear-groups", "--", file })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.WorkingDirectory = "/";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static (int, int, string?) Create()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (0, 0, "a second user needs Linux");
        }

        if (Interop.PeerCredentials.EffectiveUserId != 0)
        {
            return (0, 0, $"the tests run as uid {Interop.PeerCredentials.EffectiveUserId}, not root, so they cannot create a second user");
        }

        if (Id("-u") is not { } uid)
        {
            var (code, output) = Exec("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", Name);
            if (code != 0 && Id("-u") is null)
            {
                return (0, 0, $"useradd failed ({code}): {output.Trim()}");
            }

            uid = Id("-u") ?? -1;
        }

        int gid = Id("-g") ?? -1;
        return uid > 0 && gid > 0 ? (uid, gid, null) : (0, 0, $"the user {Name} has no usable uid/gid ({uid}/{gid})");
    }

    private static int? Id(string what)
    {
        var (code, output) = Exec("id", what, Name);
        return code == 0 && int.TryParse(output.Trim(), out int id) ? id : null;
    }

    private static (int, string) Exec(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
