namespace Multiprocessing.Tests.Managers;

/// <summary>Children that write to shared lists while the parent uses the whole-list operations.</summary>
public static class CollectionApiWorkers
{
    [ProcessTarget]
    public static int ExtendInBlocks(ManagedList<int> list, int from, int blocks)
    {
        for (int b = 0; b < blocks; b++)
        {
            list.Extend(Enumerable.Range(from + (b * 10), 10));
        }

        return blocks;
    }

    [ProcessTarget]
    public static int AppendMany(ManagedList<int> list, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            list.Add(i);
        }

        return count;
    }
}
