using System.Diagnostics;

namespace Samples.RemoteManager;

/// <summary>With no arguments: starts the server program and two worker programs (this same executable) and relays their output.</summary>
internal static class Launcher
{
    public static int Run()
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        using var server = Start(self, "server", "0", "2");
        string? first = server.StandardOutput.ReadLine();
        Console.WriteLine(first);
        if (first is null || !first.StartsWith("server: listening on tcp:", StringComparison.Ordinal))
        {
            Console.WriteLine("launcher: the server did not start");
            return 1;
        }

        string address = first["server: listening on tcp:".Length..].Split(' ')[0];
        using var a = Start(self, "worker", address, "worker-a");
        using var b = Start(self, "worker", address, "worker-b");
        var relays = new[] { server, a, b }.Select(p => Task.Run(() =>
        {
            while (p.StandardOutput.ReadLine() is { } line)
            {
                Console.WriteLine(line);
            }
        })).ToArray();
        foreach (var process in new[] { a, b, server })
        {
            process.WaitForExit();
        }

        Task.WaitAll(relays);
        Console.WriteLine($"launcher: exit codes server {server.ExitCode}, workers {a.ExitCode} {b.ExitCode}");
        return server.ExitCode | a.ExitCode | b.ExitCode;
    }

    private static Process Start(string path, params string[] args)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
