using System.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Security;

/// <summary>
/// The security issue's "Done means": after <c>kill -9</c> of a parent using a pool, a queue and a manager, no segment,
/// socket or directory of its tree is left after 2 s, with no other SDK process started. The probe runs with private
/// segment and temp directories, so nothing but its own resource tracker can clean them (the test host never sweeps
/// them, and neither does any other SDK program on the machine).
/// </summary>
public sealed class KilledTreeCleanupTests(ITestOutputHelper output)
{
    /// <summary>The issue's limit, from the kill to a clean directory.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Fact]
    public void Killing_the_root_of_a_tree_leaves_no_segment_socket_or_directory_after_two_seconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("Skipped: the resource tracker is Linux's.");
            return;
        }

        using var probe = TreeProbe.Start();
        var before = Entries(probe);
        output.WriteLine($"root {probe.RootPid}, workers {string.Join(",", probe.WorkerPids)}, manager {probe.ManagerPid}, trackers {string.Join(",", probe.TrackerPids())}");
        output.WriteLine("the tree's entries: " + string.Join(" ", before));

        // What the tree made: its processes' liveness files (root, workers, manager server), its segments (pool rings,
        // queue, lock, value), and the root's control directory. Without them the test would prove nothing.
        Assert.Contains(before, e => e.EndsWith(".live", StringComparison.Ordinal));
        Assert.True(before.Count(e => e.EndsWith(".live", StringComparison.Ordinal)) >= 2, "the root and at least one child took liveness files");
        Assert.True(before.Count(e => e.StartsWith("mp.net-", StringComparison.Ordinal) && !e.EndsWith(".live", StringComparison.Ordinal)) >= 3, "the tree made segments");
        Assert.Contains(before, e => e.StartsWith(SharedMemoryTracker.ControlDirectoryPrefix, StringComparison.Ordinal));

        var pids = probe.WorkerPids.Append(probe.ManagerPid).Append(probe.RootPid).ToList();
        var trackers = probe.TrackerPids();
        probe.KillRoot();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<string> left;
        IReadOnlyList<(int Pid, string Command)> alive;
        do
        {
            Thread.Sleep(50);
            left = Entries(probe);
            alive = probe.LiveProcesses(pids);
        }
        while ((left.Count > 0 || alive.Count > 0) && clock.Elapsed < Limit);

        output.WriteLine($"after {clock.ElapsedMilliseconds} ms: {left.Count} entries and {alive.Count} processes left");
        Assert.True(left.Count == 0, $"{Limit.TotalSeconds} s after kill -9 of the root, its tree left: {string.Join(" ", left)}");
        Assert.True(alive.Count == 0, $"{Limit.TotalSeconds} s after kill -9 of the root, its processes live on: {string.Join("; ", alive.Select(p => $"{p.Pid}: {p.Command}"))}");

        // The tracker itself ends after its last sweep (about 1.5 s after the kill): it must not linger either.
        while (probe.LiveProcesses(trackers).Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(50);
        }

        output.WriteLine($"the tracker ended within {clock.ElapsedMilliseconds} ms of the kill");
        Assert.Empty(probe.LiveProcesses(trackers));
    }

    [Fact]
    public void Another_users_liveness_file_in_the_same_directory_does_not_stop_the_tracker()
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("Skipped: the resource tracker is Linux's.");
            return;
        }

        if (OtherUser.SkipReason is { } why)
        {
            output.WriteLine($"Skipped: {why}.");
            return;
        }

        // A shared /dev/shm: a live program of another user (here root, the test host) has its liveness file there,
        // 0600 and locked, named so that the tracker's sweep meets it first. The probe runs as the second user, so its
        // tracker cannot open that file: it must pass it by, not give up.
        FileStream? foreign = null;
        using var probe = TreeProbe.Start(asOtherUser: true, prepare: shm =>
        {
            string path = Path.Combine(shm, "mp.net-00000001.live");
            foreign = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None); // flock(LOCK_EX)
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        });
        try
        {
            var before = Entries(probe).Where(e => e != "mp.net-00000001.live").ToList();
            output.WriteLine("the tree's entries: " + string.Join(" ", before));
            Assert.True(before.Count >= 4, "the tree made its files");
            probe.KillRoot();
            var clock = Stopwatch.StartNew();
            IReadOnlyList<string> left;
            do
            {
                Thread.Sleep(50);
                left = Entries(probe).Where(e => e != "mp.net-00000001.live").ToList();
            }
            while (left.Count > 0 && clock.Elapsed < Limit);

            Assert.True(left.Count == 0, $"{Limit.TotalSeconds} s after kill -9 of the root, its tree left: {string.Join(" ", left)}");
            Assert.True(File.Exists(Path.Combine(probe.SegmentDirectory, "mp.net-00000001.live")), "the live program's liveness file was removed");
        }
        finally
        {
            foreign?.Dispose();
        }
    }

    /// <summary>Every entry of the probe's segment directory, and the SDK's control directories in its temp directory.</summary>
    private static IReadOnlyList<string> Entries(TreeProbe probe) =>
    [
        .. Directory.EnumerateFileSystemEntries(probe.SegmentDirectory).Select(Path.GetFileName).Order()!,
        .. Directory.EnumerateDirectories(probe.TempDirectory, SharedMemoryTracker.ControlDirectoryPrefix + "*").Select(Path.GetFileName).Order()!,
    ];
}
