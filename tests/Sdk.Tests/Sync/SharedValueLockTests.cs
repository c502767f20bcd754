using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Sync;

[Collection(ProcessCollection.Name)]
public sealed class SharedValueLockTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void Children_racing_under_the_values_own_lock_lose_no_update()
    {
        using var counter = SharedValue<long>.Create(0, withLock: true);
        using var startLine = SharedArray<long>.Create(2);
        using var a = ChildProcess.Create(SyncWorkers.IncrementWithGetLock, (counter, 20_000, startLine));
        using var b = ChildProcess.Create(SyncWorkers.IncrementWithGetLock, (counter, 20_000, startLine));
        a.Start();
        b.Start();
        ChildWait.Until(() => Volatile.Read(ref startLine[0]) == 2);
        Volatile.Write(ref startLine[1], 1);
        var valueLock = counter.GetLock();
        for (int i = 0; i < 5_000; i++)
        {
            using (valueLock.Lock())
            {
                SyncWorkers.RacyIncrement(counter);
            }
        }

        Assert.True(a.Join(Patience) && b.Join(Patience));
        Assert.True(a.Result && b.Result, "the children's attached values found the lock");
        Assert.Equal(45_000, counter.Value); // a lost update would show here
    }

    [Fact]
    public void GetLock_is_a_reentrant_lock_in_the_values_memory_and_needs_a_value_created_with_one()
    {
        using var value = SharedValue<int>.Create(5, withLock: true);
        Assert.True(value.HasLock);
        Assert.Equal(5, value.Value);
        var valueLock = value.GetLock();
        Assert.Same(valueLock, value.GetLock());
        Assert.StartsWith(value.Block.Name + "#", valueLock.Name);
        using (valueLock.Lock())
        using (valueLock.Lock())
        {
            value.Value += 1;
            using var attachedLock = ProcessRLock.Attach(valueLock.Name);
            Assert.Equal(2, attachedLock.RecursionCount);
            using var attachedValue = SharedValue<int>.Attach(value.Block.Name);
            Assert.True(attachedValue.GetLock().IsHeldByCurrentThread);
            Assert.Equal(6, attachedValue.Value);
        }

        using var raw = SharedValue<int>.Create(1);
        Assert.False(raw.HasLock);
        Assert.Throws<InvalidOperationException>(() => raw.GetLock());
        Assert.Throws<ArgumentException>(() => SharedValue<long>.Attach(raw.Block.Name)); // another size
        Assert.Throws<ArgumentException>(() => SharedArray<int>.Attach(raw.Block.Name, 1)); // another kind

        using var array = SharedArray<double>.Create(3, withLock: true);
        Assert.True(array.HasLock);
        using (array.GetLock().Lock())
        {
            array[2] = 1.5;
        }

        using var attachedArray = SharedArray<double>.Attach(array.Block.Name, 3);
        Assert.True(attachedArray.HasLock);
        Assert.Equal(1.5, attachedArray[2]);
        using var rawArray = SharedArray<double>.Create(3);
        Assert.Throws<InvalidOperationException>(() => rawArray.GetLock());
    }
}
