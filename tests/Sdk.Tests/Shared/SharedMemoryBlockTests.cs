using System.Runtime.InteropServices;
using Multiprocessing.Tests.Infrastructure;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Shared;

[Collection(ProcessCollection.Name)]
public sealed class SharedMemoryBlockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static bool SegmentExists(string name) => File.Exists(Path.Combine("/dev/shm", name));

    [Fact]
    public void A_block_is_shared_by_name_and_its_owner_removes_it()
    {
        string name;
        using (var owner = SharedMemoryBlock.Create(4096))
        {
            name = owner.Name;
            Assert.True(owner.IsOwner);
            Assert.Equal(4096, owner.Size);
            Assert.True(owner.Span.ToArray().All(b => b == 0));
            Assert.True(SegmentExists(name));
            owner.Span[10] = 42;
            using (var attached = SharedMemoryBlock.Attach(name))
            {
                Assert.False(attached.IsOwner);
                Assert.Equal(4096, attached.Size);
                Assert.Equal(42, attached.Span[10]);
                attached.GetSpan(100, 4).Fill(7);
            }

            Assert.Equal([7, 7, 7, 7], owner.GetSpan(100, 4).ToArray());
            Assert.True(SegmentExists(name), "disposing an attached block must not remove the segment");
            Assert.Throws<ArgumentOutOfRangeException>(() => owner.GetSpan(4090, 10));
        }

        Assert.False(SegmentExists(name));
        var missing = Assert.Throws<FileNotFoundException>(() => SharedMemoryBlock.Attach(name));
        Assert.Contains("owner disposed it or exited", missing.Message);
    }

    [Fact]
    public void Bad_names_and_duplicate_names_are_refused_clearly()
    {
        Assert.Throws<ArgumentException>(() => SharedMemoryBlock.Create(16, "../etc/passwd"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SharedMemoryBlock.Create(0));
        string name = $"mp-test-{Guid.NewGuid():N}";
        using var first = SharedMemoryBlock.Create(16, name);
        Assert.Contains("already exists", Assert.Throws<IOException>(() => SharedMemoryBlock.Create(16, name)).Message);
        var disposed = SharedMemoryBlock.Attach(name);
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.Span.Length);
    }

    [Fact]
    public void A_block_passed_to_a_target_is_the_same_memory_in_the_child()
    {
        const int count = 1000;
        using var block = SharedMemoryBlock.Create((count * sizeof(double)) + sizeof(int));
        var values = MemoryMarshal.Cast<byte, double>(block.Span)[..count];
        for (int i = 0; i < count; i++)
        {
            values[i] = i * 0.5;
        }

        using var child = ChildProcess.Create(Workers.SumShared, (block, count));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Equal(Enumerable.Range(0, count).Sum(i => i * 0.5), child.Result);
        Assert.Equal(child.Pid, MemoryMarshal.Read<int>(block.Span[(count * sizeof(double))..]));
    }

    [Fact]
    public void An_owner_that_exits_without_disposing_removes_its_block()
    {
        using var child = ChildProcess.Create(Workers.CreateSharedAndWait, (Path.GetTempFileName(), 0));
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.False(SegmentExists(child.Result));
    }

    [Fact]
    public void Blocks_of_killed_owners_are_removed_by_the_next_block_created()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var child = ChildProcess.Create(Workers.CreateSharedAndWait, (path, 60_000));
            child.Start();
            string name = "";
            var deadline = DateTime.UtcNow + Patience;
            while (name.Length == 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
                name = File.ReadAllText(path);
            }

            Assert.True(SegmentExists(name));
            child.Kill(); // no exit handler runs
            Assert.True(child.Join(Patience));
            Assert.True(SegmentExists(name), "a killed owner cannot remove its own segment");
            using (SharedMemoryBlock.Create(16))
            {
                Assert.False(SegmentExists(name), "creating a block sweeps the segments of dead owners");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
