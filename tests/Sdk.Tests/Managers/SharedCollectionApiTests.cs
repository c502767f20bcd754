using Multiprocessing.Tests.Infrastructure;

namespace Multiprocessing.Tests.Managers;

/// <summary>Python's list and dict API on the manager proxies: each call one round trip, atomic on the server.</summary>
[Collection(ProcessCollection.Name)]
public sealed class SharedCollectionApiTests
{
    private static readonly TimeSpan Patience = ChildWait.Patience;

    [Fact]
    public void A_list_has_pythons_list_api()
    {
        using var manager = ProcessManager.Start();
        var list = manager.CreateList([5, 3, 8]);
        Assert.Equal([5, 3, 8], list.ToArray());
        Assert.Equal(6, list.Extend([1, 3, 9]));
        Assert.Equal([5, 3, 8, 1, 3, 9], list.ToArray());
        Assert.Equal(2, list.CountOf(3));
        Assert.Equal(0, list.CountOf(42));
        list.Reverse();
        Assert.Equal([9, 3, 1, 8, 3, 5], list.ToArray());
        list.Sort();
        Assert.Equal([1, 3, 3, 5, 8, 9], list.ToArray());
        list.Sort(descending: true);
        Assert.Equal([9, 8, 5, 3, 3, 1], list.ToArray());
        list.Sort((a, b) => (a % 3).CompareTo(b % 3)); // stable, as Python's
        Assert.Equal([9, 3, 3, 1, 8, 5], list.ToArray());
        list.SortBy(static x => -x);
        Assert.Equal([9, 8, 5, 3, 3, 1], list.ToArray());
        Assert.Equal(1, list.Pop());
        Assert.Equal(3, list.Pop(-1));
        Assert.Equal(9, list.Pop(0));
        Assert.Equal([8, 5, 3], list.Copy());
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Pop(-4));
        list.Clear();
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Pop());
        Assert.Equal(0, list.Extend([]));
        list.Sort();
        list.Reverse();
        Assert.Empty(list.ToArray());

        var empty = manager.CreateList(Array.Empty<string>());
        Assert.Empty(empty.ToArray());
        var words = manager.CreateList(new[] { "b", null, "a" });
        words.Sort(StringComparer.Ordinal);
        Assert.Equal(new string?[] { null, "a", "b" }, words.ToArray().AsEnumerable());
    }

    [Fact]
    public void Extend_is_atomic_and_sort_loses_no_concurrent_write()
    {
        using var manager = ProcessManager.Start();
        var list = manager.CreateList<int>();
        using var a = ChildProcess.Create(CollectionApiWorkers.ExtendInBlocks, (list, 0, 50));
        using var b = ChildProcess.Create(CollectionApiWorkers.ExtendInBlocks, (list, 10_000, 50));
        a.Start();
        b.Start();
        Assert.True(a.Join(Patience) && b.Join(Patience));
        var items = list.ToArray();
        Assert.Equal(1000, items.Length);
        for (int i = 0; i < items.Length; i += 10)
        {
            // Every block of ten arrived whole: no other item landed inside it.
            Assert.Equal(Enumerable.Range(items[i], 10), items.Skip(i).Take(10));
        }

        list.Clear();
        using var writer = ChildProcess.Create(CollectionApiWorkers.AppendMany, (list, 0, 2000));
        writer.Start();
        while (writer.IsAlive)
        {
            list.Sort(descending: true);
        }

        Assert.True(writer.Join(Patience));
        list.Sort();
        Assert.Equal(Enumerable.Range(0, 2000), list.ToArray());
    }

    [Fact]
    public void A_dictionary_has_pythons_dict_api()
    {
        using var manager = ProcessManager.Start();
        var d = manager.CreateDictionary(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 });
        Assert.Equal(2, d.Count);
        Assert.Equal(1, d.Get("a"));
        Assert.Equal(0, d.Get("zz"));
        Assert.Equal(-1, d.Get("zz", -1));
        Assert.Equal(2, d.GetOrAdd("b", 20)); // setdefault
        d.Update([new("b", 3), new("c", 4), new("c", 5)]);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 3, ["c"] = 5 }, d.Copy());
        Assert.Equal(["a", "b", "c"], d.Keys.Order());
        Assert.Equal([1, 3, 5], d.Values.Order());
        Assert.Equal(3, d.Pop("b"));
        Assert.Throws<KeyNotFoundException>(() => d.Pop("b"));
        Assert.Equal(-7, d.Pop("b", -7));

        // popitem: the entry inserted last while nothing was removed since.
        var fresh = manager.CreateDictionary(new[] { KeyValuePair.Create(1, "one"), KeyValuePair.Create(2, "two") });
        Assert.Equal(KeyValuePair.Create(2, "two"), fresh.PopItem());
        Assert.Equal(KeyValuePair.Create(1, "one"), fresh.PopItem());
        Assert.Throws<KeyNotFoundException>(() => fresh.PopItem());
        Assert.False(fresh.TryPopItem(out _));

        var named = manager.GetDictionary<string, int>("shared");
        named["x"] = 1;
        Assert.Equal(1, manager.GetDictionary<string, int>("shared")["x"]);
    }
}
