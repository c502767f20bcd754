using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// A deeply nested argument arriving in a child or a pool worker fails its task with a MarshalException the parent
/// sees; before the depth limit it overflowed the stack and killed the process (exit 134).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class DeepInputProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>About 1 MB of nested nodes: far past the limit, and deep enough to overflow any thread's stack.</summary>
    private static readonly CraftedChain TooDeep = new(200_000);

    [Fact]
    public void A_child_reports_the_deep_argument_instead_of_crashing()
    {
        using var p = ChildProcess.Create(MarshalWorkers.CraftedChainLength, TooDeep);
        p.Start();
        Assert.True(p.Join(Patience), "the child did not exit in time");
        var error = Assert.IsType<RemoteProcessException>(p.Exception);
        Assert.Equal(typeof(MarshalException).FullName, error.RemoteTypeName);
        Assert.Contains("deeper than the limit of 512 levels", error.RemoteMessage);
        Assert.Equal(1, p.ExitCode); // a reported failure, not a signal

        using var fine = ChildProcess.Create(MarshalWorkers.CraftedChainLength, new CraftedChain(500));
        fine.Start();
        Assert.True(fine.Join(Patience));
        Assert.Equal(500, fine.Result);
    }

    [Fact]
    public void A_pool_worker_fails_the_deep_task_and_keeps_serving()
    {
        using var pool = new ProcessPool(1);
        int pid = pool.Apply(Workers.Pid);

        var error = Assert.Throws<RemoteProcessException>(() => pool.Apply(MarshalWorkers.CraftedChainLength, TooDeep));
        Assert.Equal(typeof(MarshalException).FullName, error.RemoteTypeName);
        Assert.Contains("deeper than the limit of 512 levels", error.RemoteMessage);

        // The same worker answers on.
        Assert.Equal(500, pool.Apply(MarshalWorkers.CraftedChainLength, new CraftedChain(500)));
        Assert.Equal([pid], pool.WorkerPids);
    }
}
