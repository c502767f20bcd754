using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class ProcessRLockTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void The_rlock_entered_twice_excludes_other_processes_racing_on_a_counter()
    {
        using var rlock = ProcessRLock.Create();
        using var counter = SharedValue<long>.Create();
        using var startLine = SharedArray<long>.Create(2);
        using var a = ChildProcess.Create(SyncWorkers.IncrementUnderRLock, (rlock, counter, 20_000, startLine));
        using var b = ChildProcess.Create(SyncWorkers.IncrementUnderRLock, (rlock, counter, 20_000, startLine));
        a.Start();
        b.Start();
        ChildWait.Until(() => Volatile.Read(ref startLine[0]) == 2);
        Volatile.Write(ref startLine[1], 1);
        for (int i = 0; i < 5_000; i++)
        {
            using (rlock.Lock())
            {
                SyncWorkers.RacyIncrement(counter);
            }
        }

        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(2, a.Result); // the children held it twice at once
        Assert.Equal(45_000, counter.Value); // a lost update would show here
    }

    [Fact]
    public void The_holder_reenters_and_must_release_as_many_times()
    {
        using var rlock = ProcessRLock.Create();
        Assert.True(rlock.Acquire());
        Assert.True(rlock.Acquire(block: false));
        Assert.True(rlock.Acquire(timeout: TimeSpan.Zero));
        Assert.Equal(3, rlock.RecursionCount);
        Assert.True(rlock.IsHeldByCurrentThread);

        // Another thread of the same process neither gets it nor may release it.
        OtherThread<bool>.Start(() =>
        {
            Assert.False(rlock.IsHeldByCurrentThread);
            Assert.Equal(0, rlock.RecursionCount);
            Assert.False(rlock.Acquire(block: false));
            Assert.False(rlock.Acquire(timeout: TimeSpan.FromMilliseconds(50)));
            Assert.Throws<SynchronizationLockException>(() => rlock.Release());
            return true;
        }).Join();

        rlock.Release();
        rlock.Release();
        Assert.True(rlock.IsHeldByCurrentThread, "one level is still held");
        rlock.Release();
        Assert.False(rlock.IsHeldByCurrentThread);
        Assert.Throws<SynchronizationLockException>(() => rlock.Release());

        Assert.True(OtherThread<bool>.Start(() =>
        {
            bool taken = rlock.Acquire(block: false);
            rlock.Release();
            return taken;
        }).Join());
    }

    [Fact]
    public void Another_process_may_not_release_it_and_cannot_take_it_while_held()
    {
        using var rlock = ProcessRLock.Create();
        using (rlock.Lock())
        {
            using var releaser = ChildProcess.Create(SyncWorkers.ReleaseRLockNotHeld, rlock);
            releaser.Start();
            Assert.True(releaser.Join(Patience));
            Assert.Equal("SynchronizationLockException held=False", releaser.Result);
            Assert.True(rlock.IsHeldByCurrentThread, "the failed release changed nothing");
        }

        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var holder = ChildProcess.Create(SyncWorkers.HoldRLock, (rlock, path, 1));
            holder.Start();
            ChildWait.ForPidFile(path);
            File.Delete(path + ".token");
            Assert.False(rlock.Acquire(block: false));
            Assert.False(rlock.Acquire(timeout: TimeSpan.FromMilliseconds(150)));
            Assert.Throws<SynchronizationLockException>(() => rlock.Release());
            holder.Terminate();
            Assert.True(holder.Join(Patience));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_holder_killed_with_the_lock_entered_three_times_is_reported_as_abandoned()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var rlock = ProcessRLock.Create();
            using var holder = ChildProcess.Create(SyncWorkers.HoldRLock, (rlock, path, 3));
            holder.Start();
            int pid = ChildWait.ForPidFile(path);
            int token = ChildWait.TokenNextTo(path);

            // A waiter already asleep when the holder dies must notice too (liveness check, not a wake-up).
            var waiter = OtherThread<LockAbandonedException>.Start(() => Assert.Throws<LockAbandonedException>(() => rlock.Acquire(timeout: Patience)));
            ChildWait.Until(() => rlock.SleepingWaiters == 1);
            System.Diagnostics.Process.GetProcessById(pid).Kill();
            Assert.True(holder.Join(Patience));
            var abandoned = waiter.Join();
            Assert.Equal(token, abandoned.DeadHolder);

            // The waiting thread now holds it once (not three times): the next thread waits for it.
            Assert.False(rlock.IsHeldByCurrentThread);
            Assert.False(rlock.Acquire(block: false));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_caller_holds_an_abandoned_lock_once_and_can_use_it_again()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "");
        try
        {
            using var rlock = ProcessRLock.Create();
            using var holder = ChildProcess.Create(SyncWorkers.HoldRLock, (rlock, path, 2));
            holder.Start();
            ChildWait.ForPidFile(path);
            int token = ChildWait.TokenNextTo(path);
            holder.Kill();
            Assert.True(holder.Join(Patience));

            var abandoned = Assert.Throws<LockAbandonedException>(() => rlock.Acquire(block: false));
            Assert.Equal(token, abandoned.DeadHolder);
            Assert.True(rlock.IsHeldByCurrentThread);
            Assert.Equal(1, rlock.RecursionCount);
            rlock.Release();
            Assert.False(rlock.IsHeldByCurrentThread);
            using (rlock.Lock())
            {
                Assert.Equal(1, rlock.RecursionCount);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Attach_opens_the_same_lock_and_refuses_other_kinds_of_memory()
    {
        using var rlock = ProcessRLock.Create();
        using var again = ProcessRLock.Attach(rlock.Name);
        using (rlock.Lock())
        {
            Assert.True(again.IsHeldByCurrentThread);
            Assert.Equal(1, again.RecursionCount);
        }

        using var plainLock = ProcessLock.Create();
        var wrong = Assert.Throws<ArgumentException>(() => ProcessRLock.Attach(plainLock.Name));
        Assert.Contains("does not hold a ProcessRLock", wrong.Message);
        Assert.Throws<FileNotFoundException>(() => ProcessRLock.Attach("mp.net-0-missing"));
        Assert.Throws<ArgumentException>(() => ProcessRLock.Attach(rlock.Name + "#3"));
    }

    [Fact]
    public void A_disposed_lock_throws_instead_of_touching_unmapped_memory()
    {
        var rlock = ProcessRLock.Create();
        rlock.Dispose();
        Assert.Throws<ObjectDisposedException>(() => rlock.Acquire());
        Assert.Throws<ObjectDisposedException>(() => rlock.IsHeldByCurrentThread);
    }
}
