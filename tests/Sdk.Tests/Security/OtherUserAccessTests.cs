using System.Text.Json;
using Multiprocessing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Security;

/// <summary>
/// The security issue's "Done means": a second uid on the same machine can neither read nor write any segment, nor
/// authenticate to any manager, of a program using queues, pools, locks, values and a manager. The program is the
/// TreeProbe (a tree root with a pool of two, a queue, a lock, a shared value and a manager); its segment directory
/// is sticky and world-writable, as /dev/shm is, so only the files' own modes (and the manager's peer check) keep the
/// second user out.
/// </summary>
public sealed class OtherUserAccessTests(ITestOutputHelper output)
{
    /// <summary>
    /// argv: the segment directory, the manager's socket name. Opens every mp.net-* file for reading, for writing and
    /// for both (errno names, or "opened"), then connects to the manager and counts the bytes of its first answer (0 when it
    /// closes the connection; a 5 s silence is reported as such). Prints one JSON object.
    /// </summary>
    private const string Intruder = """
        import errno, json, os, socket, sys
        shm, address = sys.argv[1], sys.argv[2]
        if address.startswith("@"):
            address = "\0" + address[1:]
        result = {"files": {}}
        for name in sorted(os.listdir(shm)):
            if not name.startswith("mp.net-"):
                continue
            outcomes = []
            for flags in (os.O_RDONLY, os.O_WRONLY, os.O_RDWR):
                try:
                    os.close(os.open(os.path.join(shm, name), flags | os.O_NOFOLLOW))
                    outcomes.append("opened")
                except OSError as e:
                    outcomes.append(errno.errorcode.get(e.errno, str(e.errno)))
            result["files"][name] = outcomes
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(5)
        try:
            s.connect(address)
            try:
                result["manager"] = len(s.recv(4096))  # 0: closed without a byte
            except (ConnectionResetError, BrokenPipeError):
                result["manager"] = 0
            except socket.timeout:
                result["manager"] = "silent for 5 s"
        except OSError as e:
            result["manager"] = "refused: " + errno.errorcode.get(e.errno, str(e.errno))
        print(json.dumps(result))
        """;

    [Fact]
    public void A_second_user_can_neither_open_a_segment_nor_reach_the_manager_of_a_program()
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("Skipped: the second-user attack runs on Linux.");
            return;
        }

        if (OtherUser.SkipReason is { } why)
        {
            output.WriteLine($"Skipped: {why}.");
            return;
        }

        using var probe = TreeProbe.Start();
        Assert.StartsWith("unix:", probe.ManagerAddress, StringComparison.Ordinal);
        string socketName = probe.ManagerAddress["unix:".Length..];

        // The program's own user: the script opens everything and the manager sends its challenge, so a failure below
        // is the second user's, not the script's.
        var own = Attack(System.Diagnostics.Process.Start(Python(probe.SegmentDirectory, socketName))!);
        Assert.All(own.Files, f => Assert.Equal(["opened", "opened", "opened"], f.Value));
        Assert.True(own.Manager is int n && n > 0, $"the manager did not answer its own user: {own.Manager}");

        var (exitCode, stdout, stderr) = OtherUser.Run("/usr/bin/python3", "-c", Intruder, probe.SegmentDirectory, socketName);
        output.WriteLine(stdout + stderr);
        Assert.Equal(0, exitCode);
        var other = Parse(stdout);

        // Segments and liveness files of every process of the tree: the root, the pool's workers, the manager server.
        Assert.True(other.Files.Count > 5, $"only {other.Files.Count} files of the program were found: the test would prove little");
        Assert.Equal(own.Files.Keys.Order(), other.Files.Keys.Order());
        var opened = other.Files.Where(f => f.Value.Any(o => o != "EACCES")).Select(f => $"{f.Key}: {string.Join(",", f.Value)}").ToList();
        Assert.True(opened.Count == 0, "the second user opened (or got past the permission check of) " + string.Join("; ", opened));

        // MANAGER: the second user must be dropped before the challenge (SO_PEERCRED), or not reach the socket at all.
        // (Fails until the manager's peer check lands: the server then sends its 41-byte challenge to anyone.)
        Assert.True(other.Manager is 0 || other.Manager is string refused && refused.StartsWith("refused", StringComparison.Ordinal), $"the manager served the second user: {other.Manager} bytes of its challenge");
    }

    private static System.Diagnostics.ProcessStartInfo Python(string shm, string socketName)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-c", Intruder, shm, socketName })
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    private (Dictionary<string, string[]> Files, object Manager) Attack(System.Diagnostics.Process process)
    {
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output.WriteLine("own user: " + stdout.Result + stderr.Result);
            Assert.Equal(0, process.ExitCode);
            return Parse(stdout.Result);
        }
    }

    private static (Dictionary<string, string[]> Files, object Manager) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var files = document.RootElement.GetProperty("files").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
        var manager = document.RootElement.GetProperty("manager");
        return (files, manager.ValueKind == JsonValueKind.Number ? manager.GetInt32() : manager.GetString()!);
    }
}
