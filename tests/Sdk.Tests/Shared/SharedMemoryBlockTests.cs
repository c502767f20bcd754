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
    public void A_liveness_draft_left_by_a_process_killed_while_placing_it_is_swept_once_stale()
    {
        // A process killed between creating its draft and linking it into place leaves mp.net-<token>.new behind.
        string stale = Path.Combine(SharedMemoryBlock.Directory, SharedMemoryBlock.Prefix + "7ffffff1.new");
        string fresh = Path.Combine(SharedMemoryBlock.Directory, SharedMemoryBlock.Prefix + "7ffffff2.new");
        try
        {
            File.WriteAllBytes(stale, []);
            File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - SharedMemoryTracker.DraftAge - TimeSpan.FromMinutes(1));
            File.WriteAllBytes(fresh, []);
            SharedMemoryTracker.Sweep();
            Assert.False(File.Exists(stale), "a stale draft is removed");
            Assert.True(File.Exists(fresh), "a draft being placed right now is left alone");
        }
        finally
        {
            File.Delete(stale);
            File.Delete(fresh);
        }
    }

    [Fact]
    public void Blocks_of_killed_owners_are_removed_by_a_sweep_and_a_live_owners_never()
    {
        string path = Path.GetTempFileName();
        try
        {
            using var child = ChildProcess.Create(Workers.CreateSharedAndWait, (path, 60_000));
            child.Start();
            string name = ChildWait.ForText(path);
            Assert.True(SegmentExists(name));
            SharedMemoryTracker.Sweep();
            Assert.True(SegmentExists(name), "a sweep never touches a live owner's segment");
            child.Kill(); // no exit handler runs
            Assert.True(child.Join(Patience));
            Assert.True(SegmentExists(name), "a killed owner cannot remove its own segment");
            Assert.True(SharedMemoryTracker.Sweep() >= 2, "the segment and its owner's liveness file");
            Assert.False(SegmentExists(name), "a sweep removes the segments of owners proven dead");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("022")]
    [InlineData("277")]
    public void Segments_are_private_to_their_user_whatever_the_umask(string umask)
    {
        // umask is per process: a child sets it and reports the modes of what it then creates.
        using var child = ChildProcess.Create(SecurityWorkers.SegmentModes, umask);
        child.Start();
        Assert.True(child.Join(Patience));
        Assert.Matches("^[5-9] files: 600$", child.Result); // block, queue (ring + its lock words), lock, value, liveness
    }

    [Fact]
    public void A_mapped_block_keeps_no_file_descriptor()
    {
        int before = Directory.GetFiles("/proc/self/fd").Length;
        var blocks = Enumerable.Range(0, 200).Select(_ => SharedMemoryBlock.Create(4096)).ToList();
        var attached = blocks.Select(b => SharedMemoryBlock.Attach(b.Name)).ToList();
        int during = Directory.GetFiles("/proc/self/fd").Length;
        attached.ForEach(b => b.Dispose());
        blocks.ForEach(b => b.Dispose());
        Assert.True(during - before < 20, $"{during - before} more descriptors with 400 mappings");
    }

    [Fact]
    public void A_name_that_exists_or_is_a_symbolic_link_is_never_opened_as_a_new_block()
    {
        string name = $"user-{Guid.NewGuid():N}";
        string victim = Path.GetTempFileName();
        File.CreateSymbolicLink(Path.Combine(SharedMemoryBlock.Directory, name), victim);
        try
        {
            Assert.Throws<IOException>(() => SharedMemoryBlock.Create(64, name));
            Assert.ThrowsAny<IOException>(() => SharedMemoryBlock.Attach(name));
            Assert.Equal(0, new FileInfo(victim).Length);
        }
        finally
        {
            File.Delete(Path.Combine(SharedMemoryBlock.Directory, name));
            File.Delete(victim);
        }
    }
}
