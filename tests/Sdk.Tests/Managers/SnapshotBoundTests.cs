using System.Net;
using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Managers;

/// <summary>
/// A list's or dictionary's snapshot reply announces its item count; the proxy sizes its array by it only as far as
/// the reply's bytes can hold items of the proxy's type (a length word and the value's fewest encoded bytes each), so
/// a reply (a rogue server's, or a list read under another item type) cannot make it allocate far beyond its size.
/// </summary>
public sealed class SnapshotBoundTests
{
    private static readonly byte[] Key = "snapshot bound tests"u8.ToArray();
    private const int Items = 512; // 5-byte blocks: a 2.5 KB reply; as 4 KiB Page4K slots, 2 MiB

    private static long Allocated(Action read)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<MarshalException>(read);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_list_snapshot_allocates_no_more_items_than_its_reply_can_hold()
    {
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key);
        var bytes = server.GetList<byte>("items");
        for (int i = 0; i < Items; i++)
        {
            bytes.Add((byte)i);
        }

        var pages = server.GetList<Page4K>("items");
        Allocated(() => pages.ToArray()); // JIT out of the way
        long allocated = Allocated(() => pages.ToArray());
        Assert.True(allocated < 256 * 1024, $"a snapshot of {Items} one-byte items read as 4 KiB items allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_dictionary_snapshot_allocates_no_more_entries_than_its_reply_can_hold()
    {
        using var server = ProcessManager.Listen(new IPEndPoint(IPAddress.Loopback, 0), Key);
        var bytes = server.GetDictionary<int, byte>("entries");
        for (int i = 0; i < Items; i++)
        {
            bytes[i] = (byte)i;
        }

        var pages = server.GetDictionary<int, Page4K>("entries");
        Allocated(() => pages.ToArray());
        long allocated = Allocated(() => pages.ToArray());
        Assert.True(allocated < 256 * 1024, $"a snapshot of {Items} one-byte values read as 4 KiB values allocated {allocated:N0} bytes");
    }
}
