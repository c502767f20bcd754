namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// After the last test of <see cref="ProcessCollection"/> has run: fails the run when any child process of the test
/// host is still alive, or when a shared memory segment this process owned is left in /dev/shm.
/// </summary>
public sealed class LeakCheckFixture : IDisposable
{
    public void Dispose()
    {
        // Shared memory segments this test run owned (named mp.net-<token>-...) must all be gone.
        var segments = Directory.Exists("/dev/shm")
            ? Directory.GetFiles("/dev/shm", $"mp.net-{ProcessIdentity.Format(ProcessIdentity.Token)}-*")
            : [];
        foreach (var segment in segments)
        {
            File.Delete(segment);
        }

        if (segments.Length > 0)
        {
            throw new InvalidOperationException("Shared memory segments were left behind by the test suite: " + string.Join(", ", segments));
        }

        var lingering = ChildProcessScan.LingeringChildren(TimeSpan.FromSeconds(5));
        if (lingering.Count > 0)
        {
            foreach (var (pid, _) in lingering)
            {
                try
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }
                catch (ArgumentException)
                {
                }
            }

            throw new InvalidOperationException(
                "Child processes were left behind by the test suite: " + string.Join("; ", lingering.Select(c => $"{c.Pid}: {c.Command}")));
        }
    }
}
