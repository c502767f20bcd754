using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Multiprocessing.Targets;

namespace Multiprocessing.Spawn;

/// <summary>
/// Decides how a child is started: the same application again (when its main guard ran, as Python's spawn does),
/// or the SDK's child host loading the target's assembly (when the entry assembly is not the user's app, e.g. under
/// a test runner).
/// </summary>
internal static class ChildLauncher
{
    internal const string ChildHostFileName = "Multiprocessing.ChildHost.dll";

    /// <summary>
    /// The start info of a child: its command line and the spawn environment (endpoint, one-time token, and under the
    /// child host the target's assembly path). No long-lived secret goes into argv or the environment: the authkey
    /// travels in the Start frame once the child has authenticated.
    /// </summary>
    internal static ProcessStartInfo Create(TargetDescriptor target, string endpoint, SpawnToken token) =>
        Bind(Create(target), endpoint, token);

    /// <summary>
    /// The start info of a child without its endpoint and token: what <see cref="CommandOf"/> and
    /// <see cref="FingerprintOf"/> describe. Its environment is a copy of this process's, taken now.
    /// </summary>
    /// <param name="target">The target; null only after the main guard ran (the application re-launches itself whatever the target).</param>
    internal static ProcessStartInfo Create(TargetDescriptor? target)
    {
        var start = new ProcessStartInfo { UseShellExecute = false };
        if (Multiprocess.MainGuardCalled)
        {
            RelaunchSelf(start);
        }
        else
        {
            UseChildHost(start, target ?? throw new InvalidOperationException("A child host launch needs its target."));
        }

        _ = start.Environment; // the copy of the environment the child gets is taken now, not at launch
        return start;
    }

    /// <summary>Adds the endpoint and the one-time token to a start info made by <see cref="Create(TargetDescriptor?)"/>.</summary>
    internal static ProcessStartInfo Bind(ProcessStartInfo start, string endpoint, SpawnToken token)
    {
        start.Environment[SpawnEnvironment.Endpoint] = endpoint;
        start.Environment[SpawnEnvironment.Token] = token.ToHex();
        return start;
    }

    /// <summary>
    /// What a spare must have been launched with to serve a start: the executable, its arguments, the target assembly
    /// (child host) and whether the output is redirected. Spares are kept per command.
    /// </summary>
    internal static string CommandOf(ProcessStartInfo start)
    {
        var builder = new StringBuilder(start.FileName);
        foreach (var argument in start.ArgumentList)
        {
            builder.Append('\0').Append(argument);
        }

        start.Environment.TryGetValue(SpawnEnvironment.TargetAssembly, out string? assembly);
        return builder.Append('\0').Append(assembly).Append('\0').Append(start.RedirectStandardOutput ? "redirected" : "console").ToString();
    }

    /// <summary>
    /// A digest of what else a child inherits at launch: every environment variable (but the endpoint and token,
    /// which are the spare's own) and the working directory. A spare launched under another fingerprint is not used.
    /// </summary>
    internal static string FingerprintOf(ProcessStartInfo start)
    {
        var variables = new List<KeyValuePair<string, string?>>(start.Environment.Count);
        foreach (var variable in start.Environment)
        {
            if (variable.Key is not (SpawnEnvironment.Endpoint or SpawnEnvironment.Token))
            {
                variables.Add(variable);
            }
        }

        variables.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder(4096).Append(start.WorkingDirectory is { Length: > 0 } directory ? directory : Environment.CurrentDirectory);
        foreach (var (name, value) in variables)
        {
            builder.Append('\0').Append(name).Append('=').Append(value);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "An empty Location (single-file app) is handled with a clear error or a fallback.")]
    private static void RelaunchSelf(ProcessStartInfo start)
    {
        string processPath = Environment.ProcessPath
            ?? throw new ProcessException("Cannot spawn a child: the path of the current executable is unknown.");
        start.FileName = processPath;
        if (IsDotnetHost(processPath))
        {
            // 'dotnet app.dll': run the same entry assembly under the same host.
            string entry = Assembly.GetEntryAssembly()?.Location is { Length: > 0 } location
                ? location
                : throw new ProcessException("Cannot spawn a child: the entry assembly has no file path.");
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(entry);
        }
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "An empty Location (single-file app) is handled with a clear error or a fallback.")]
    private static void UseChildHost(ProcessStartInfo start, TargetDescriptor target)
    {
        string assembly = target.Assembly.Location;
        if (assembly.Length == 0)
        {
            throw new ProcessException(
                $"Cannot spawn a child for target '{target.Id}': its assembly has no file path (single-file or in-memory). " +
                "Call Multiprocess.MainGuard() as the first statement of Main so that children re-launch the application instead.");
        }

        string sdkDirectory = Path.GetDirectoryName(typeof(ChildLauncher).Assembly.Location) ?? AppContext.BaseDirectory;
        string childHost = Path.Combine(sdkDirectory, ChildHostFileName);
        if (!File.Exists(childHost))
        {
            throw new ProcessException(
                $"Cannot spawn a child: the SDK's child host '{childHost}' is missing. Call Multiprocess.MainGuard() as the " +
                "first statement of Main, or make sure Multiprocessing.ChildHost.dll is copied next to Multiprocessing.dll.");
        }

        string deps = CurrentDepsFile()
            ?? throw new ProcessException("Cannot spawn a child through the child host: the current process has no .deps.json file.");
        string runtimeConfig = deps[..^".deps.json".Length] + ".runtimeconfig.json";
        if (!File.Exists(runtimeConfig))
        {
            throw new ProcessException($"Cannot spawn a child through the child host: '{runtimeConfig}' is missing.");
        }

        start.FileName = DotnetHostPath();
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(runtimeConfig);
        start.ArgumentList.Add("--depsfile");
        start.ArgumentList.Add(deps);
        start.ArgumentList.Add(childHost);
        start.Environment[SpawnEnvironment.TargetAssembly] = assembly;
    }

    private static string? CurrentDepsFile()
    {
        if (AppContext.GetData("APP_CONTEXT_DEPS_FILES") is string files)
        {
            // The host joins the files with ';' on every platform.
            foreach (var file in files.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                if (file.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
                {
                    return file;
                }
            }
        }

        return null;
    }

    private static bool IsDotnetHost(string path) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHostPath()
    {
        if (Environment.ProcessPath is { } current && IsDotnetHost(current))
        {
            return current;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ -> <root>/dotnet
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
