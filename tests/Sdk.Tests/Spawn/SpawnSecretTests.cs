using System.Text;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Spawn;

/// <summary>No secret of the process tree travels in a child's environment (which /proc keeps for the child's life).</summary>
[Collection(ProcessCollection.Name)]
public sealed class SpawnSecretTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_running_childs_environment_holds_no_authkey_and_the_child_still_has_the_parents()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/<pid>/environ is Linux's
        }

        string directory = Directory.CreateTempSubdirectory("mp-environ-").FullName;
        try
        {
            using var child = ChildProcess.Create(SpawnProbes.AuthkeyWhenReleased, directory);
            child.Start();
            var deadline = DateTime.UtcNow + Patience;
            while (!File.Exists(Path.Combine(directory, "running")) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            Assert.True(File.Exists(Path.Combine(directory, "running")), "the child did not start its target in time");

            // The child is past its bootstrap and runs its target: what /proc shows now, it shows for the child's life.
            string environ = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{child.Pid}/environ"));
            string authkey = Convert.ToHexString(Multiprocess.Current.AuthKey);
            var names = environ.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(entry => entry.Split('=', 2)[0]).ToList();
            Assert.DoesNotContain("MULTIPROCESSING_AUTHKEY", names);
            Assert.DoesNotContain(authkey, environ, StringComparison.OrdinalIgnoreCase);

            File.WriteAllText(Path.Combine(directory, "release"), "");
            Assert.True(child.Join(Patience), "the child did not exit in time");
            Assert.Equal(0, child.ExitCode);
            Assert.Equal(authkey, child.Result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_per_process_authkey_reaches_the_child_without_the_environment()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string directory = Directory.CreateTempSubdirectory("mp-environ-").FullName;
        try
        {
            var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            using var child = ChildProcess.Create(SpawnProbes.AuthkeyWhenReleased, directory);
            child.AuthKey = key;
            child.Start();
            var deadline = DateTime.UtcNow + Patience;
            while (!File.Exists(Path.Combine(directory, "running")) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            string environ = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{child.Pid}/environ"));
            Assert.DoesNotContain(Convert.ToHexString(key), environ, StringComparison.OrdinalIgnoreCase);
            File.WriteAllText(Path.Combine(directory, "release"), "");
            Assert.True(child.Join(Patience), "the child did not exit in time");
            Assert.Equal(Convert.ToHexString(key), child.Result);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
