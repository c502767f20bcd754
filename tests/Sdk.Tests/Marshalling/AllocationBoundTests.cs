using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// Crafted collection counts must not make a read allocate more than its input can justify: every collection
/// announcing "all the bytes left" once pre-sized each nesting level to the rest of the input (quadratic).
/// </summary>
public sealed class AllocationBoundTests
{
    /// <summary>Bytes a read may allocate per byte of input (objects, list slots, dictionary entries).</summary>
    internal const long BytesPerInputByte = 64;

    /// <summary>What any failed read may cost on top: the exception, its message and its stack trace (about 1 KB seen).</summary>
    internal const long FixedOverhead = 16 * 1024;

    /// <summary>Reads <paramref name="bytes"/> on this thread and returns what that allocated; only MarshalException may come out.</summary>
    internal static long AllocatedByRead<T>(byte[] bytes)
    {
        var marshaller = Marshaller<T>.Default;
        long before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var reader = new MarshalReader(bytes);
            marshaller.Read(ref reader);
            reader.EnsureEnd("the value");
        }
        catch (MarshalException)
        {
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// A 64 KB tree whose every level announces as many children as the bytes left can hold, then one child that does
    /// the same, as deep as the depth limit lets it: each level's collection was pre-sized to the rest of the input.
    /// </summary>
    /// <param name="keySize">The bytes of the key before each child (dictionaries), 0 for none.</param>
    private static byte[] CraftedTree(int keySize)
    {
        const int Size = 64 * 1024;
        const int Levels = 250; // 500 nesting levels (the object and its collection): under the depth limit
        var bytes = new byte[Size];
        var writer = new MarshalWriter(Size);
        for (int i = 0; i < Levels; i++)
        {
            writer.WriteObjectHeader(2);
            writer.WriteUnmanaged(i);
            writer.WriteLengthHeader((Size - writer.Length - sizeof(int)) / (keySize + 1));
            writer.WriteRaw(new byte[keySize]);
        }

        writer.WrittenSpan.CopyTo(bytes); // the rest stays 0: an object header with the wrong count ends the read
        return bytes;
    }

    private static void AssertLinear<T>(byte[] bytes)
    {
        AllocatedByRead<T>(bytes); // JIT and type loading out of the way
        long allocated = AllocatedByRead<T>(bytes);
        Assert.True(allocated < BytesPerInputByte * bytes.Length, $"{typeof(T).Name}: reading {bytes.Length:N0} crafted bytes allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_crafted_64KB_tree_of_lists_allocates_linearly_in_its_input() => AssertLinear<Tree?>(CraftedTree(keySize: 0));

    [Fact]
    public void A_crafted_64KB_tree_of_arrays_allocates_linearly_in_its_input() => AssertLinear<ArrayTree?>(CraftedTree(keySize: 0));

    [Fact]
    public void A_crafted_64KB_tree_of_read_only_lists_allocates_linearly_in_its_input() => AssertLinear<ReadOnlyListTree?>(CraftedTree(keySize: 0));

    [Fact]
    public void A_crafted_64KB_tree_of_hash_sets_allocates_linearly_in_its_input() => AssertLinear<SetTree?>(CraftedTree(keySize: 0));

    [Fact]
    public void A_crafted_64KB_tree_of_dictionaries_allocates_linearly_in_its_input() => AssertLinear<DictionaryTree?>(CraftedTree(keySize: sizeof(int)));
}
