using System.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;
using Xunit.Abstractions;

namespace Multiprocessing.Tests.Shared;

/// <summary>
/// Shared memory that runs short (a container's /dev/shm is 64 MiB by default): the SDK's segments reserve their
/// pages when made, so a full directory is a clear exception there, never a SIGBUS later; a pool falls back to small
/// rings. MULTIPROCESSING_SHM_DIR moves the segments, and children follow.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SharedMemoryRoomTests(ITestOutputHelper output)
{
    [Fact]
    public void MULTIPROCESSING_SHM_DIR_moves_the_segments_and_children_follow()
    {
        string directory = Directory.CreateTempSubdirectory("mp-shm-dir-").FullName;
        try
        {
            var child = ChildProcess.Create(SharedMemoryRoomWorkers.UseSharedMemoryIn, directory);
            child.Start();
            Assert.True(child.Join(ChildWait.Patience));

            // The queue (filled by a grandchild) and the pool worker's rings were there, and are gone.
            Assert.Equal("sum 45, square 81, during 2, after 0", child.Result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_full_shared_memory_directory_gives_a_clear_error_and_a_pool_still_works_with_small_rings()
    {
        if (RunInSmallDirectory("1m", SharedMemoryRoomWorkers.UseSmallSharedMemory) is not { } lines)
        {
            return; // Mount said why: only the lack of the right to mount is accepted.
        }

        Assert.StartsWith("queue: There is no room for 8,389,632 more bytes of shared memory (a queue's ring of 8,388,608 bytes)", lines[0]);
        Assert.Contains("--shm-size", lines[0]);
        Assert.Contains("MULTIPROCESSING_SHM_DIR", lines[0]);

        // 2 x (1 KiB header + 64 KiB ring): the 2 MiB rings did not fit, the 3 MiB task streamed through the small ones.
        Assert.Equal($"pool: 49 True {2 * (1024 + (64 << 10))}", lines[1]);
        Assert.Equal("left: 0", lines[2]);
    }

    [Fact]
    public void A_pool_that_loses_its_only_worker_and_has_no_room_for_another_breaks_with_a_clear_error()
    {
        // Room for one worker's 2 x 2 MiB rings, and not even for the small ones beside them.
        if (RunInSmallDirectory("4200k", SharedMemoryRoomWorkers.LoseTheOnlyWorkerWithoutRoomForAnother) is not { } lines)
        {
            return; // Mount said why: only the lack of the right to mount is accepted.
        }

        Assert.StartsWith("WorkerCrashedException: ", lines[0]);
        Assert.StartsWith("ProcessException: Pool worker 'SpawnPoolWorker-", lines[1]);
        Assert.Contains("no replacement could start: There is no room for", lines[1]);
        Assert.Equal("joined: True", lines[2]);
    }

    /// <summary>
    /// Runs <paramref name="target"/> in a child, given a fresh tmpfs of <paramref name="size"/>, and returns its result
    /// lines; null when this process may not mount one.
    /// </summary>
    private string[]? RunInSmallDirectory(string size, Func<string, string> target)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"mp-small-shm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            if (!Mount(directory, size))
            {
                return null;
            }

            try
            {
                var child = ChildProcess.Create(target, directory);
                child.Start();
                Assert.True(child.Join(ChildWait.Patience));
                return child.Result.Split('\n');
            }
            finally
            {
                Run("umount", directory);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Mounts a tmpfs of <paramref name="size"/> on <paramref name="directory"/>. False only when this process may not
    /// mount (no CAP_SYS_ADMIN, as in an unprivileged container): then there is no small filesystem to test against,
    /// and the test says so in its output. Any other failure fails the test.
    /// </summary>
    private bool Mount(string directory, string size)
    {
        try
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", directory);
            return true;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("permission denied", StringComparison.OrdinalIgnoreCase) ||
                                                   ex.Message.Contains("not permitted", StringComparison.OrdinalIgnoreCase) ||
                                                   ex.Message.Contains("must be superuser", StringComparison.OrdinalIgnoreCase))
        {
            output.WriteLine($"Not run against a small filesystem: this process may not mount one ({ex.Message.Trim()}).");
            return false;
        }
    }

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} failed: {error}");
    }
}
