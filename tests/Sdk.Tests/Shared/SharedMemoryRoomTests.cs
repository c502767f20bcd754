using System.Diagnostics;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Shared;

/// <summary>
/// Shared memory that runs short (a container's /dev/shm is 64 MiB by default): the SDK's segments reserve their
/// pages when made, so a full directory is a clear exception there, never a SIGBUS later; a pool falls back to small
/// rings. MULTIPROCESSING_SHM_DIR moves the segments, and children follow.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SharedMemoryRoomTests
{
    [Fact]
    public void A_full_shared_memory_directory_gives_a_clear_error_and_a_pool_still_works_with_small_rings()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"mp-small-shm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            if (!Mount(directory))
            {
                // Only a process without the right to mount may skip the small filesystem (the tests run as root here).
                Assert.NotEqual("0", Run("id", "-u").Trim());
                return;
            }

            try
            {
                var child = ChildProcess.Create(SharedMemoryRoomWorkers.UseSmallSharedMemory, directory);
                child.Start();
                Assert.True(child.Join(ChildWait.Patience));
                var lines = child.Result.Split('\n');

                Assert.StartsWith("queue: There is no room for 8,389,632 more bytes of shared memory (a queue's ring of 8,388,608 bytes)", lines[0]);
                Assert.Contains("--shm-size", lines[0]);
                Assert.Contains("MULTIPROCESSING_SHM_DIR", lines[0]);

                // 2 x (1 KiB header + 64 KiB ring): the 2 MiB rings did not fit, the 3 MiB task streamed through the small ones.
                Assert.Equal($"pool: 49 True {2 * (1024 + (64 << 10))}", lines[1]);
                Assert.Equal("left: 0", lines[2]);
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

    [Fact]
    public void A_pool_that_loses_its_only_worker_and_has_no_room_for_another_breaks_with_a_clear_error()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"mp-small-shm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            // Room for one worker's 2 x 2 MiB rings, and not even for the small ones beside them.
            if (!Mount(directory, "4200k"))
            {
                Assert.NotEqual("0", Run("id", "-u").Trim());
                return;
            }

            try
            {
                var child = ChildProcess.Create(SharedMemoryRoomWorkers.LoseTheOnlyWorkerWithoutRoomForAnother, directory);
                child.Start();
                Assert.True(child.Join(ChildWait.Patience));
                var lines = child.Result.Split('\n');

                Assert.StartsWith("WorkerCrashedException: ", lines[0]);
                Assert.StartsWith("ProcessException: Pool worker 'SpawnPoolWorker-", lines[1]);
                Assert.Contains("no replacement could start: There is no room for", lines[1]);
                Assert.Equal("joined: True", lines[2]);
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

    private static bool Mount(string directory, string size = "1m")
    {
        try
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", directory);
            return true;
        }
        catch (InvalidOperationException)
        {
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
