namespace Multiprocessing.Tests.Targets;

/// <summary>Targets whose signatures make the generator emit the marshallers the marshalling tests read with.</summary>
public static class MarshalWorkers
{
    /// <summary>The length of a chain that arrived as crafted bytes (the read is the test).</summary>
    [ProcessTarget]
    public static int CraftedChainLength(CraftedChain chain) => chain.Levels;

    /// <summary>The length of a chain of nodes.</summary>
    [ProcessTarget]
    public static int ChainLength(Node? node)
    {
        int length = 0;
        for (; node is not null; node = node.Next)
        {
            length++;
        }

        return length;
    }

    /// <summary>The number of nodes of a tree.</summary>
    [ProcessTarget]
    public static int TreeSize(Tree? tree) => tree is null ? 0 : 1 + (tree.Children?.Sum(TreeSize) ?? 0);

    /// <summary>Never run: its parameters are types the fuzz tests read.</summary>
    [ProcessTarget]
    public static int Shapes(Measurement? measurement, Labelled labelled, Labelled? maybeLabelled, (int, string?) pair, (string?, List<int>?, double) triple, bool flag) => 0;

    /// <summary>Never run: its parameters are collections the fuzz tests read.</summary>
    [ProcessTarget]
    public static int Collections(Dictionary<string, List<int>?>? lists, Dictionary<int, Node?>? nodes, HashSet<string>? set, string?[]? strings, List<Tree?>? trees, int[]? ints, List<long>? longs, Labelled[]? labels) => 0;

    /// <summary>Never run: its parameters are recursive records through each collection shape.</summary>
    [ProcessTarget]
    public static int RecursiveShapes(ArrayTree? arrayTree, DictionaryTree? dictionaryTree, SetTree? setTree, ReadOnlyListTree? readOnlyListTree) => 0;
}
