namespace Multiprocessing.Tests.Sync;

/// <summary>
/// Issue #19 item 2: one <see cref="LockScope"/> type is what every <c>Lock()</c>/<c>Enter()</c> returns; disposing it
/// releases once, and <c>using (x.Lock())</c> allocates nothing.
/// </summary>
public sealed class LockScopeTests
{
    [Fact]
    public void Every_Lock_and_Enter_returns_the_one_LockScope_type()
    {
        Assert.All(
            new[]
            {
                typeof(ProcessLock).GetMethod(nameof(ProcessLock.Lock))!,
                typeof(ProcessRLock).GetMethod(nameof(ProcessRLock.Lock))!,
                typeof(ProcessCondition).GetMethod(nameof(ProcessCondition.Lock))!,
                typeof(ProcessSemaphore).GetMethod(nameof(ProcessSemaphore.Enter))!,
                typeof(ProcessBoundedSemaphore).GetMethod(nameof(ProcessBoundedSemaphore.Enter))!,
                typeof(ManagedLock).GetMethod(nameof(ManagedLock.Lock))!,
            },
            m => Assert.Equal(typeof(LockScope), m.ReturnType));
        Assert.True(typeof(LockScope).IsValueType);
        Assert.DoesNotContain(typeof(ProcessLock).Assembly.GetExportedTypes(), t => t.Name == "Scope");
    }

    [Fact]
    public void Disposing_the_scope_releases_the_lock()
    {
        using var processLock = ProcessLock.Create();
        using (processLock.Lock())
        {
            Assert.True(processLock.IsHeldByCurrentThread);
        }

        Assert.False(processLock.IsHeldByCurrentThread);
        Assert.True(processLock.Acquire(block: false));
        processLock.Release();
    }

    [Fact]
    public void Disposing_the_scope_gives_one_semaphore_unit_back()
    {
        using var semaphore = ProcessSemaphore.Create(2);
        using (semaphore.Enter())
        {
            Assert.Equal(1, semaphore.Value);
        }

        Assert.Equal(2, semaphore.Value);
    }

    [Fact]
    public void A_default_scope_releases_nothing()
    {
        default(LockScope).Dispose();
    }

    [Fact]
    public void Using_a_scope_allocates_nothing()
    {
        using var processLock = ProcessLock.Create();
        using var rlock = ProcessRLock.Create();
        using var semaphore = ProcessSemaphore.Create(1);
        using var condition = ProcessCondition.Create();
        Cycle(); // the first calls may allocate (type initializers, tiering)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Cycle();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        void Cycle()
        {
            using (processLock.Lock())
            {
            }

            using (rlock.Lock())
            {
            }

            using (semaphore.Enter())
            {
            }

            using (condition.Lock())
            {
            }
        }
    }
}
