using System.Diagnostics;
using System.Reflection;

namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// The built tests/TreeProbe program, started as the root of its own process tree (a program of its own, not a child
/// of the test host: only a tree's root starts the resource tracker). It uses a pool of two, a queue, a lock, a shared
/// value and a manager with a dictionary, and waits. It gets private segment and temp directories, so that every file
/// in them belongs to its tree and no other SDK process (the test host, other test runs on the machine) sweeps them.
/// </summary>
internal sealed class TreeProbe : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly System.Diagnostics.Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private string? _copy; // a readable copy of the probe, for a run as the other user

    private TreeProbe(System.Diagnostics.Process process, string segmentDirectory, string tempDirectory)
    {
        _process = process;
        SegmentDirectory = segmentDirectory;
        TempDirectory = tempDirectory;
    }

    /// <summary>The probe's MULTIPROCESSING_SHM_DIR: sticky and world-writable, as /dev/shm is.</summary>
    internal string SegmentDirectory { get; }

    /// <summary>The probe's TMPDIR (where its control directories go): sticky and world-writable, as /tmp is.</summary>
    internal string TempDirectory { get; }

    /// <summary>The root's pid.</summary>
    internal int RootPid => _process.Id;

    /// <summary>The pool workers' pids.</summary>
    internal IReadOnlyList<int> WorkerPids { get; private set; } = [];

    /// <summary>The manager server's pid.</summary>
    internal int ManagerPid { get; private set; }

    /// <summary>The manager's address (<c>unix:@...</c> for an abstract socket).</summary>
    internal string ManagerAddress { get; private set; } = "";

    /// <summary>Everything the probe printed so far.</summary>
    internal string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the probe and returns once it printed its ready line (everything it uses is live).</summary>
    /// <param name="asOtherUser">Runs it as <see cref="OtherUser"/> (the test host must be root).</param>
    /// <param name="prepare">Called with the segment directory before the probe starts.</param>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    internal static TreeProbe Start(bool asOtherUser = false, Action<string>? prepare = null)
    {
        string path = Path.Combine(Metadata("RepoRoot"), "tests", "TreeProbe", "bin", Metadata("Configuration"), "net10.0", "TreeProbe");
        Assert.True(File.Exists(path), $"the probe was not built: {path}");
        const UnixFileMode Shared = (UnixFileMode)0x3FF; // 01777
        string shm = Directory.CreateTempSubdirectory("mp-probe-shm-").FullName;
        string tmp = Directory.CreateTempSubdirectory("mp-probe-tmp-").FullName;
        if (Directory.Exists("/dev/shm"))
        {
            // Segments on tmpfs, as in real use.
            Directory.Delete(shm);
            shm = Path.Combine("/dev/shm", Path.GetFileName(shm));
            Directory.CreateDirectory(shm);
        }

        File.SetUnixFileMode(shm, Shared);
        File.SetUnixFileMode(tmp, Shared);
        prepare?.Invoke(shm);
        string? copy = null;
        if (asOtherUser)
        {
            // The other user may not reach the repository (a clone in a 0700 temp directory, under /root): run a copy of
            // the probe's build output from a directory anyone can read.
            copy = Directory.CreateTempSubdirectory("mp-probe-bin-").FullName;
            File.SetUnixFileMode(copy, (UnixFileMode)0x1ED); // 0755
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(copy, Path.GetRelativePath(Path.GetDirectoryName(path)!, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            foreach (var dir in Directory.EnumerateDirectories(copy, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(dir, (UnixFileMode)0x1ED);
            }

            path = Path.Combine(copy, Path.GetFileName(path));
        }

        var start = new ProcessStartInfo(asOtherUser ? "setpriv" : path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asOtherUser)
        {
            foreach (var a in new[] { $"--reuid={OtherUser.Uid}", $"--regid={OtherUser.Gid}", "--clear-groups", "--", path })
            {
                start.ArgumentList.Add(a);
            }

            start.WorkingDirectory = "/";
            start.Environment["HOME"] = tmp;
        }

        start.Environment[SharedMemoryBlock.DirectoryVariable] = shm;
        start.Environment["TMPDIR"] = tmp;
        start.Environment["DOTNET_EnableDiagnostics"] = "0"; // no runtime diagnostic sockets in its TMPDIR
        var probe = new TreeProbe(System.Diagnostics.Process.Start(start)!, shm, tmp) { _copy = copy };
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        probe._process.OutputDataReceived += (_, e) => probe.Received(e.Data, ready);
        probe._process.ErrorDataReceived += (_, e) => probe.Received(e.Data, null);
        probe._process.BeginOutputReadLine();
        probe._process.BeginErrorReadLine();
        if (!ready.Task.Wait(ReadyTimeout))
        {
            probe.Dispose();
            Assert.Fail($"the probe did not get ready within {ReadyTimeout}: {probe.Output}");
        }

        if (!ready.Task.Result.StartsWith("ready ", StringComparison.Ordinal))
        {
            probe.Dispose();
            Assert.Fail($"the probe exited before it got ready: {probe.Output}");
        }

        var fields = ready.Task.Result.Split(' ').Skip(1).Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        probe.WorkerPids = [.. fields["workers"].Split(',').Select(int.Parse)];
        probe.ManagerPid = int.Parse(fields["manager"]);
        probe.ManagerAddress = fields["address"];
        return probe;
    }

    /// <summary>The probe's processes that are alive now (not zombies): the root, the workers, the manager server, and its resource tracker.</summary>
    internal IReadOnlyList<(int Pid, string Command)> LiveProcesses(IEnumerable<int> pids) =>
        [.. pids.Distinct().Select(pid => (pid, Command: Command(pid))).Where(p => p.Command is not null).Select(p => (p.pid, p.Command!))];

    /// <summary>The pids of resource trackers watching this probe's segment directory.</summary>
    internal IReadOnlyList<int> TrackerPids()
    {
        var result = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out int pid) && Command(pid) is { } command &&
                command.Contains(ResourceTracker.ProcessName, StringComparison.Ordinal) && command.Contains(SegmentDirectory, StringComparison.Ordinal))
            {
                result.Add(pid);
            }
        }

        return result;
    }

    /// <summary>SIGKILLs the root only (its children are left to notice) and reaps it.</summary>
    internal void KillRoot()
    {
        Assert.Equal(0, Interop.NativeMethods.Kill(_process.Id, Interop.NativeMethods.SIGKILL));
        _process.WaitForExit();
    }

    public void Dispose()
    {
        var pids = WorkerPids.Append(ManagerPid).Append(_process.Id).Where(p => p > 0).ToList();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        foreach (var (pid, _) in LiveProcesses(pids))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            catch (ArgumentException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }

        _process.Dispose();
        foreach (var dir in new[] { SegmentDirectory, TempDirectory, _copy }.OfType<string>())
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The command line of a live (not zombie) process, or null.</summary>
    private static string? Command(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return null;
            }

            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Metadata(string key) =>
        typeof(TreeProbe).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private void Received(string? line, TaskCompletionSource<string>? ready)
    {
        if (line is null)
        {
            ready?.TrySetResult("exited");
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ready is not null && line.StartsWith("ready ", StringComparison.Ordinal))
        {
            ready.TrySetResult(line);
        }
    }
}
