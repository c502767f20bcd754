using Multiprocessing.Pool;
using Multiprocessing.Targets;
using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Spawn;

/// <summary>A pool worker that receives an unknown target fails that task clearly, loads nothing the task names, and keeps serving.</summary>
[Collection(ProcessCollection.Name)]
public sealed class PoolUnknownTargetTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void An_unknown_target_fails_its_task_and_the_assembly_it_names_stays_unloaded_in_the_worker()
    {
        // The frame names a framework assembly that a worker never needs (the parent has it loaded: it is where the
        // made-up target claims to live).
        var elsewhere = typeof(System.Xml.Linq.XDocument).Assembly;
        string name = elsewhere.GetName().Name!;
        var unknown = new TargetDescriptor("Nowhere.Attack.Target()", typeof(System.Xml.Linq.XDocument), null, null, null);

        using var pool = new ProcessPool(1);
        Assert.False(pool.Apply(SpawnProbes.IsLoaded, name), $"{name} is already loaded in a fresh worker; pick another assembly");

        var arguments = new Multiprocessing.Marshalling.MarshalWriter();
        var result = new AsyncResult<int>(mayCancel: false);
        pool.Submit([new ApplyTask<int>(result, unknown, arguments.WrittenMemory, null, null, CancellationToken.None)]);
        var error = Assert.Throws<RemoteProcessException>(() => result.Get(Patience));
        Assert.Contains("Nowhere.Attack.Target()", error.RemoteMessage);
        Assert.Equal(typeof(ProcessException).FullName, error.RemoteTypeName);

        // The same worker goes on, and it did not load what the frame named.
        Assert.False(pool.Apply(SpawnProbes.IsLoaded, name), $"the worker loaded {name} because a task frame named it");
    }
}
