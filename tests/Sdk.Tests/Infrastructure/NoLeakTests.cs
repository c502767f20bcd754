namespace Multiprocessing.Tests.Infrastructure;

/// <summary>The leak scan itself must be able to fail: it sees a child that is alive, and stops seeing it once it is gone.</summary>
[Collection(ProcessCollection.Name)]
public sealed class NoLeakTests
{
    [Fact]
    public void Scan_sees_a_live_child_and_not_a_finished_one()
    {
        using var sleeper = System.Diagnostics.Process.Start("sleep", "30");
        Assert.Contains(ChildProcessScan.LiveChildren(), c => c.Pid == sleeper.Id);
        sleeper.Kill();
        sleeper.WaitForExit();
        Assert.DoesNotContain(ChildProcessScan.LingeringChildren(TimeSpan.FromSeconds(2)), c => c.Pid == sleeper.Id);
    }
}
