using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Process;

/// <summary>ToString reads like CPython's repr of a process.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ProcessReprTests
{
    [Fact]
    public void ToString_reads_like_cpythons_repr_through_a_processs_life()
    {
        int parent = Environment.ProcessId;
        var process = ChildProcess.Create(Workers.Square, 3);
        process.Name = "sq";
        Assert.Equal($"<Process name='sq' parent={parent} initial>", process.ToString());
        process.Start();
        Assert.Matches($"^<Process name='sq' pid={process.Pid} parent={parent} (started|stopped exitcode=0)>$", process.ToString());
        Assert.True(process.Join(ChildWait.Patience));
        Assert.Equal($"<Process name='sq' pid={process.Pid} parent={parent} stopped exitcode=0>", process.ToString());
        process.Close();
        Assert.Equal($"<Process name='sq' parent={parent} closed>", process.ToString());

        using var sleeper = ChildProcess.Create(Workers.Sleep, 60_000);
        sleeper.Daemon = true;
        sleeper.Start();
        sleeper.Kill();
        Assert.True(sleeper.Join(ChildWait.Patience));
        Assert.EndsWith(" stopped exitcode=-SIGKILL daemon>", sleeper.ToString(), StringComparison.Ordinal);
    }
}
