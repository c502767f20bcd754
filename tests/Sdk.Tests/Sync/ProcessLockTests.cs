using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_lock_excludes_other_processes()
    {
        using var processLock = ProcessLock.Create();
        using var counter = SharedValue<long>.Create();
        using var startLine = SharedArray<long>.Create(2);
        using var a = ChildProcess.Create(Workers.IncrementUnderLock, (processLock, counter, 20_000, startLine));
        using var b = ChildProcess.Create(Workers.IncrementUnderLock, (processLock, counter, 20_000, startLine));
        a.Start();
        b.Start();
        var ready = DateTime.UtcNow + Patience;
        while (Volatile.Read(ref startLine[0]) < 2 && DateTime.UtcNow < ready)
        {
            Thread.Sleep(1);
        }

        Volatile.Write(ref startLine[1], 1);
        for (int i = 0; i < 5_000; i++)
        {
            using (processLock.Lock())
            {
                long value = counter.Value;
                Thread.SpinWait(100);
                counter.Value = value + 1;
            }
        }

        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(45_000, counter.Value); // a lost update would show here
    }

    [Fact]
    public void Acquire_without_blocking_or_with_a_timeout_reports_a_lock_held_elsewhere()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var processLock = ProcessLock.Create();
            using var holder = ChildProcess.Create(Workers.HoldLock, (processLock, path));
            holder.Start();
            ChildWait.ForPidFile(path);
            File.Delete(path + ".token");
            Assert.False(processLock.Acquire(block: false));
            Assert.False(processLock.Acquire(timeout: TimeSpan.FromMilliseconds(150)));
            Assert.False(processLock.IsHeldByCurrentThread);
            holder.Terminate();
            holder.Join(Patience);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Releasing_a_lock_you_do_not_hold_is_an_error_and_a_lock_is_not_reentrant()
    {
        using var processLock = ProcessLock.Create();
        Assert.Throws<SynchronizationLockException>(() => processLock.Release());
        Assert.True(processLock.Acquire());
        Assert.Throws<InvalidOperationException>(() => processLock.Acquire());
        var other = Task.Run(() => Assert.Throws<SynchronizationLockException>(() => processLock.Release()));
        other.Wait(Patience);
        processLock.Release();
        Assert.True(processLock.Acquire(block: false));
        processLock.Release();
    }

    [Fact]
    public void A_lock_whose_holder_was_killed_is_reported_as_abandoned_to_the_next_acquirer()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var processLock = ProcessLock.Create();
            using var holder = ChildProcess.Create(Workers.HoldLock, (processLock, path));
            holder.Start();
            ChildWait.ForPidFile(path);
            int token = ChildWait.TokenNextTo(path);
            holder.Kill();
            Assert.True(holder.Join(Patience));

            var abandoned = Assert.Throws<LockAbandonedException>(() => processLock.Acquire(timeout: Patience));
            Assert.Equal(token, abandoned.DeadHolder);
            Assert.True(processLock.IsHeldByCurrentThread, "after the report the caller holds the lock");
            processLock.Release();
            using (processLock.Lock())
            {
                Assert.True(processLock.IsHeldByCurrentThread);
            }

            Assert.False(processLock.IsHeldByCurrentThread);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
