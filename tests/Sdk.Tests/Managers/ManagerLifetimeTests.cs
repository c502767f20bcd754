using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>A manager's server process: shut down by its owner, gone under its clients, and gone with a killed parent.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ManagerLifetimeTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public async Task Await_using_shuts_the_server_process_down()
    {
        int pid;
        ManagedDictionary<int, int> dictionary;
        await using (var manager = await ProcessManager.StartAsync())
        {
            pid = manager.ServerProcessId!.Value;
            Assert.True(ChildWait.IsRunning(pid));
            dictionary = manager.CreateDictionary<int, int>();
            dictionary[1] = 2;
        }

        ChildWait.Until(() => !ChildWait.IsRunning(pid));
        var error = Assert.Throws<ManagerConnectionException>(() => dictionary[1] = 3);
        Assert.Contains("shut down", error.Message);
    }

    [Fact]
    public void A_call_on_a_proxy_whose_server_was_killed_throws_a_clear_exception()
    {
        using var manager = ProcessManager.Start();
        var dictionary = manager.CreateDictionary<string, int>();
        dictionary["x"] = 1;
        int pid = manager.ServerProcessId!.Value;
        System.Diagnostics.Process.GetProcessById(pid).Kill();
        ChildWait.Until(() => !ChildWait.IsRunning(pid));

        var error = Assert.Throws<ManagerConnectionException>(() => dictionary["x"] = 2);
        Assert.Contains(manager.Address, error.Message);
        Assert.Contains("gone", error.Message);
        // The next call tries to reconnect, and says the server is not running.
        error = Assert.Throws<ManagerConnectionException>(() => dictionary["x"]);
        Assert.Contains("not running", error.Message);
        manager.Shutdown(); // the process is gone already: no hang, no throw
    }

    [Fact]
    public void A_killed_parent_takes_its_manager_with_it()
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            using var parent = ChildProcess.Create(ManagerWorkers.StartManagerAndHang, pidFile);
            parent.Start();
            int serverPid = ChildWait.ForPidFile(pidFile);
            Assert.True(ChildWait.IsRunning(serverPid));
            parent.Kill();
            Assert.True(parent.Join(Patience));
            ChildWait.Until(() => !ChildWait.IsRunning(serverPid));
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [Fact]
    public void Start_refuses_an_empty_authkey_and_create_after_shutdown_throws()
    {
        Assert.Throws<ArgumentException>(() => ProcessManager.Start(new ManagerOptions { AuthKey = [] }));
        var manager = ProcessManager.Start();
        manager.Shutdown();
        Assert.True(manager.IsShutDown);
        Assert.Throws<ObjectDisposedException>(() => manager.CreateList<int>());
        manager.Dispose();
        Assert.Throws<ArgumentOutOfRangeException>(() => new ManagerOptions { MaxMessageSize = 10 });
    }
}
