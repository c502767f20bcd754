namespace Multiprocessing.Tests.Infrastructure;

/// <summary>
/// After the last test of <see cref="ProcessCollection"/> has run: fails the run when any child process of the test
/// host is still alive, or when the SDK left a control-socket directory of this process behind.
/// </summary>
public sealed class LeakCheckFixture : IDisposable
{
    public void Dispose()
    {
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
