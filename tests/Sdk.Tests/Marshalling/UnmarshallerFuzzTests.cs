using CsCheck;
using Multiprocessing.Marshalling;
using Multiprocessing.Tests.Targets;

namespace Multiprocessing.Tests.Marshalling;

/// <summary>
/// Property: whatever bytes arrive, reading ends in a value or a MarshalException (never another exception, a crash
/// or a hang), and allocates no more than the input justifies. Random bytes, and valid encodings with bytes, length
/// headers and the end mutated, for the built-in shapes and generated records (recursive ones included).
/// </summary>
public sealed class UnmarshallerFuzzTests
{
    private const int Iterations = 3_000;

    /// <summary>Values a mutated length header is most likely to get wrong.</summary>
    private static readonly int[] Interesting = [-2, -1, 0, 1, 2, 255, 256, 65_535, int.MaxValue / 8, int.MaxValue, int.MinValue];

    private static byte[] Encode<T>(T value)
    {
        var writer = new MarshalWriter();
        writer.Write(value);
        return writer.ToArray();
    }

    /// <summary>
    /// Overwrites bytes and int32 words of <paramref name="source"/> (an interesting value, or the number of bytes
    /// after the word: the largest count a length check lets through) and moves its end.
    /// </summary>
    private static byte[] Mutate(byte[] source, (int Position, byte Value, int Word, bool IsWord)[] edits, int cut)
    {
        var bytes = new byte[Math.Max(0, source.Length + cut)];
        source.AsSpan(0, Math.Min(source.Length, bytes.Length)).CopyTo(bytes);
        foreach (var (position, value, word, isWord) in edits)
        {
            if (bytes.Length == 0)
            {
                break;
            }

            int at = position % bytes.Length;
            if (isWord && at + sizeof(int) <= bytes.Length)
            {
                int index = word % (Interesting.Length + 1);
                BitConverter.TryWriteBytes(bytes.AsSpan(at), index < Interesting.Length ? Interesting[index] : bytes.Length - at - sizeof(int));
            }
            else
            {
                bytes[at] = value;
            }
        }

        return bytes;
    }

    private static void ReadIsSafe<T>(byte[] bytes)
    {
        // A failure here is an exception other than MarshalException: it escapes, and CsCheck shrinks the input.
        long allocated = AllocationBoundTests.AllocatedByRead<T>(bytes);
        long bound = AllocationBoundTests.BytesPerInputByte * bytes.Length + AllocationBoundTests.FixedOverhead;
        if (allocated > bound)
        {
            throw new InvalidOperationException($"reading {bytes.Length} bytes as {typeof(T).Name} allocated {allocated:N0} bytes (bound {bound:N0})");
        }
    }

    private static void Fuzz<T>(params T[] seeds)
    {
        var corpus = seeds.Select(Encode).ToArray();
        foreach (var valid in corpus)
        {
            var reader = new MarshalReader(valid);
            Marshaller<T>.Default.Read(ref reader);
            reader.EnsureEnd("a seed");
        }

        var random = Gen.Byte.Array[0, 96];
        var edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[0, int.MaxValue], Gen.Bool);
        var mutated = Gen.Select(Gen.Int[0, corpus.Length - 1], edit.Array[1, 6], Gen.Int[-6, 6], (i, edits, cut) => Mutate(corpus[i], edits, cut));
        Gen.Frequency((1, random), (3, mutated)).Sample(ReadIsSafe<T>, iter: Iterations, threads: 1);
    }

    /// <summary>
    /// Structured hostile input for a recursive record <c>R(int, Collection&lt;R&gt;?)</c> (or a <see cref="Node"/>
    /// chain): up to 20,000 levels, each announcing a chosen child count (1, none, null, or all the bytes left), then
    /// garbage. Deep ones overflowed the stack, "all the bytes left" allocated quadratically.
    /// </summary>
    /// <param name="keySize">The bytes of a dictionary key before each child; -1 for a Node chain (no count).</param>
    private static Gen<byte[]> CraftedNesting(int keySize) =>
        Gen.Select(Gen.Int[1, 20_000], Gen.Int[0, 3], Gen.Byte.Array[0, 64], (levels, mode, tail) =>
        {
            int levelSize = keySize < 0 ? 5 : 9 + keySize;
            int size = levels * levelSize + tail.Length;
            var writer = new MarshalWriter(size);
            for (int i = 0; i < levels; i++)
            {
                writer.WriteObjectHeader(2);
                writer.WriteUnmanaged(i);
                if (keySize >= 0)
                {
                    int left = size - writer.Length - sizeof(int);
                    writer.WriteLengthHeader(mode switch { 0 => 1, 1 => 0, 2 => MarshalWriter.NullLength, _ => left / (keySize + 1) });
                    writer.WriteRaw(new byte[keySize]);
                }
            }

            writer.WriteRaw(tail);
            return writer.ToArray();
        });

    [Fact]
    public void Crafted_deep_and_wide_nesting_of_every_recursive_shape()
    {
        CraftedNesting(-1).Sample(ReadIsSafe<Node?>, iter: 300, threads: 1);
        CraftedNesting(0).Sample(ReadIsSafe<Tree?>, iter: 300, threads: 1);
        CraftedNesting(0).Sample(ReadIsSafe<ArrayTree?>, iter: 300, threads: 1);
        CraftedNesting(0).Sample(ReadIsSafe<SetTree?>, iter: 300, threads: 1);
        CraftedNesting(sizeof(int)).Sample(ReadIsSafe<DictionaryTree?>, iter: 300, threads: 1);
    }

    private static Node? Chain(int length)
    {
        Node? node = null;
        for (int i = 0; i < length; i++)
        {
            node = new Node(i, node);
        }

        return node;
    }

    [Fact]
    public void Primitives()
    {
        Fuzz(0, -1, int.MaxValue);
        Fuzz(1.5, double.NaN);
        Fuzz(true, false);
        Fuzz(Guid.NewGuid());
    }

    [Fact]
    public void Strings() => Fuzz<string?>(null, "", "héllo ✓ 𝄞", new string('x', 40));

    [Fact]
    public void Arrays()
    {
        Fuzz<int[]?>(null, [], [1, 2, 3]);
        Fuzz<string?[]?>(null, [], ["a", null, "ccc"]);
        Fuzz<Labelled[]?>([new Labelled("a", 1), new Labelled(null, 2)]);
    }

    [Fact]
    public void Lists()
    {
        Fuzz<List<long>?>(null, [], [1, long.MaxValue]);
        Fuzz<List<Tree?>?>(null, [], [new Tree(1, null), null, new Tree(2, [new Tree(3, [])])]);
    }

    [Fact]
    public void Dictionaries()
    {
        Fuzz<Dictionary<string, List<int>?>?>(null, new() { ["a"] = [1, 2], ["b"] = null, ["c"] = [] });
        Fuzz<Dictionary<int, Node?>?>(new Dictionary<int, Node?> { [1] = Chain(3), [2] = null });
    }

    [Fact]
    public void Hash_sets() => Fuzz<HashSet<string>?>(null, [], ["x", "yy", "zzz"]);

    [Fact]
    public void Nullable_structs_and_tuples()
    {
        Fuzz(new Labelled("label", 3), new Labelled(null, -1));
        Fuzz<Labelled?>(null, new Labelled("x", 1));
        Fuzz<(int, string?)>((1, "one"), (2, null));
        Fuzz<(string?, List<int>?, double)>(("a", [1, 2], 0.5), (null, null, 0));
    }

    [Fact]
    public void Records()
    {
        Fuzz<Measurement?>(null, new Measurement("m", 1.5, ["a", "b"]));
        Fuzz(Chain(0), Chain(1), Chain(40));
        Fuzz<Tree?>(new Tree(1, [new Tree(2, null), new Tree(3, [new Tree(4, [])])]));
        Fuzz<ArrayTree?>(new ArrayTree(1, [new ArrayTree(2, null), null, new ArrayTree(3, [])]));
        Fuzz<DictionaryTree?>(new DictionaryTree(1, new() { [5] = new DictionaryTree(2, null), [6] = null }));
        Fuzz<SetTree?>(new SetTree(1, [new SetTree(2, null), new SetTree(3, [])]));
    }
}
