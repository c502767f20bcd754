using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>A user's [ManagedType] class registered with a manager (Python's BaseManager.register), used from children.</summary>
[Collection(ProcessCollection.Name)]
public sealed class CustomTypeTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void A_registered_class_lives_in_the_server_and_children_call_it_through_the_typed_proxy()
    {
        using var manager = ProcessManager.Start(new ManagerOptions().Register<Tally>());
        var tally = manager.CreateTally("start", 10);
        Assert.Equal(manager.ServerProcessId, tally.GetServerPid());

        using var a = ChildProcess.Create(TallyWorkers.AddToTally, (tally, "hits", 100));
        using var b = ChildProcess.Create(TallyWorkers.AddToTally, (tally, "hits", 100));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(manager.ServerProcessId, a.Result);
        Assert.Equal(200, tally.Get("hits"));
        Assert.Equal(10, tally.Get("start"));
        Assert.Equal(new Dictionary<string, int> { ["start"] = 10, ["hits"] = 200 }, tally.Snapshot());

        tally.SetTitle("votes");
        Assert.Equal("votes", tally.GetTitle());
        var error = Assert.Throws<RemoteProcessException>(() => tally.Fail("not today"));
        Assert.Equal("System.InvalidOperationException", error.RemoteTypeName);
        Assert.Equal("not today", error.RemoteMessage);
        Assert.Equal(manager.ServerProcessId, error.ProcessId);

        var named = manager.GetTally("shared");
        named.Add("x", 1);
        Assert.Equal(1, manager.GetTally("shared").Get("x"));
    }

    [Fact]
    public void The_server_builds_only_registered_types()
    {
        using var manager = ProcessManager.Start(new ManagerOptions().Register<Tally>());
        var error = Assert.Throws<ProcessException>(() => manager.CreateUnregistered());
        Assert.Contains("has no registered type 'Multiprocessing.Tests.Managers.Unregistered'", error.Message);
        Assert.Throws<ArgumentException>(() => new ManagerOptions().Register<Person>());
    }
}
