using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// Deeply nested input must end in a MarshalException the reader can catch, never in a stack overflow that kills the
/// process; writing a too deep or cyclic value fails the same way in the sender.
/// </summary>
public sealed class DeepInputTests
{
    /// <summary>The bytes of a chain of <paramref name="levels"/> nodes, built without recursion.</summary>
    private static byte[] Chain(int levels)
    {
        var writer = new MarshalWriter();
        CraftedChainMarshaller.WriteChain(writer, levels);
        return writer.ToArray();
    }

    /// <summary>The bytes of a tree nested <paramref name="levels"/> deep: each level one child (2 nesting levels: the object and its list).</summary>
    private static byte[] DeepTree(int levels)
    {
        var writer = new MarshalWriter();
        for (int i = 0; i < levels; i++)
        {
            writer.WriteObjectHeader(2);
            writer.WriteUnmanaged(i);
            writer.WriteLengthHeader(1);
        }

        writer.WriteNullObjectHeader();
        return writer.ToArray();
    }

    private static T Read<T>(byte[] bytes)
    {
        var reader = new MarshalReader(bytes);
        var value = Marshaller<T>.Default.Read(ref reader);
        reader.EnsureEnd("the value");
        Assert.Equal(0, reader.Depth);
        return value;
    }

    private static int Length(Node? node)
    {
        int length = 0;
        for (; node is not null; node = node.Next)
        {
            length++;
        }

        return length;
    }

    /// <summary>Runs <paramref name="work"/> with <see cref="MarshalLimits.MaxDepth"/> set to <paramref name="limit"/> (tests run one at a time).</summary>
    private static void WithMaxDepth(int limit, Action work)
    {
        int saved = MarshalLimits.MaxDepth;
        MarshalLimits.MaxDepth = limit;
        try
        {
            work();
        }
        finally
        {
            MarshalLimits.MaxDepth = saved;
        }
    }

    [Fact]
    public void A_megabyte_chain_fails_with_MarshalException_that_says_what_to_do()
    {
        var bytes = Chain(200_000); // about 1 MB: overflowed the stack before the limit existed
        var error = Assert.Throws<MarshalException>(() => Read<Node?>(bytes));
        Assert.Contains("deeper than the limit of 512 levels", error.Message);
        Assert.Contains("MarshalLimits.MaxDepth", error.Message);
    }

    [Fact]
    public void A_chain_at_the_limit_reads_and_one_past_it_fails()
    {
        Assert.Equal(512, Length(Read<Node?>(Chain(512))));
        Assert.Throws<MarshalException>(() => Read<Node?>(Chain(513)));
    }

    [Fact]
    public void Collections_count_as_levels_too()
    {
        Assert.Equal(256, MarshalWorkers.TreeSize(Read<Tree?>(DeepTree(256)))); // 256 x (object + list) = 512 levels
        Assert.Throws<MarshalException>(() => Read<Tree?>(DeepTree(257)));
        Assert.Throws<MarshalException>(() => Read<Tree?>(DeepTree(100_000)));
    }

    [Fact]
    public void Siblings_do_not_add_up()
    {
        var wide = Enumerable.Range(0, 2_000).ToDictionary(i => i, i => (Node?)new Node(i, new Node(i, null)));
        var writer = new MarshalWriter();
        writer.Write<Dictionary<int, Node?>?>(wide);
        Assert.Equal(0, writer.Depth);
        var back = Read<Dictionary<int, Node?>?>(writer.ToArray())!;
        Assert.Equal(2_000, back.Count);
        Assert.All(back.Values, node => Assert.Equal(2, Length(node)));
    }

    [Fact]
    public void The_limit_can_be_raised_for_legitimately_deep_data()
    {
        WithMaxDepth(5_000, () =>
        {
            Node? chain = null;
            for (int i = 0; i < 4_000; i++)
            {
                chain = new Node(i, chain);
            }

            var writer = new MarshalWriter();
            writer.Write(chain);
            Assert.Equal(4_000, Length(Read<Node?>(writer.ToArray())));
        });
        Assert.Equal(512, MarshalLimits.MaxDepth);
        Assert.Throws<ArgumentOutOfRangeException>(() => MarshalLimits.MaxDepth = 0);
    }

    [Fact]
    public void The_AppContext_switch_is_a_whole_number_of_levels()
    {
        Assert.Equal(512, MarshalLimits.ParseMaxDepth(null));
        Assert.Equal(2048, MarshalLimits.ParseMaxDepth("2048"));
        Assert.Equal(100, MarshalLimits.ParseMaxDepth(100));
        Assert.Contains("Multiprocessing.Marshalling.MaxDepth", Assert.Throws<InvalidOperationException>(() => MarshalLimits.ParseMaxDepth("deep")).Message);
        Assert.Throws<InvalidOperationException>(() => MarshalLimits.ParseMaxDepth("0"));
        Assert.Throws<InvalidOperationException>(() => MarshalLimits.ParseMaxDepth(-3));
    }

    [Fact]
    public void A_limit_too_high_for_the_stack_still_ends_in_MarshalException()
    {
        var bytes = Chain(200_000);
        WithMaxDepth(int.MaxValue, () =>
        {
            MarshalException? error = null;
            var thread = new Thread(() => error = Record.Exception(() => Read<Node?>(bytes)) as MarshalException, maxStackSize: 1 << 20);
            thread.Start();
            thread.Join();
            Assert.NotNull(error);
            Assert.Contains("stack", error.Message);
        });
    }

    [Fact]
    public void Writing_a_cyclic_graph_fails_with_MarshalException()
    {
        var root = new Tree(1, []);
        root.Children!.Add(root);
        var writer = new MarshalWriter();
        var error = Assert.Throws<MarshalException>(() => writer.Write<Tree?>(root));
        Assert.Contains("cycle", error.Message);

        // The writer is usable again after a reset.
        writer.Reset();
        writer.Write<Tree?>(new Tree(2, null));
        Assert.Equal(1, MarshalWorkers.TreeSize(Read<Tree?>(writer.ToArray())));
    }

    [Fact]
    public void Writing_a_100k_deep_chain_fails_with_MarshalException()
    {
        Node? chain = null;
        for (int i = 0; i < 100_000; i++)
        {
            chain = new Node(i, chain);
        }

        var error = Assert.Throws<MarshalException>(() => new MarshalWriter().Write(chain));
        Assert.Contains("limit of 512 levels", error.Message);
    }
}
