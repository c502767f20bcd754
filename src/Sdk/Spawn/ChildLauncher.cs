using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
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
    internal static ProcessStartInfo Create(TargetDescriptor target, string endpoint, SpawnToken token)
    {
        var start = new ProcessStartInfo { UseShellExecute = false };
        if (Multiprocess.MainGuardCalled)
        {
            RelaunchSelf(start);
        }
        else
        {
            UseChildHost(start, target);
        }

        start.Environment[SpawnEnvironment.Endpoint] = endpoint;
        start.Environment[SpawnEnvironment.Token] = token.ToHex();
        return start;
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
