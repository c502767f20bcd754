using System.Collections;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A list held by a manager server and shared by every process that has this proxy (Python's <c>manager.list()</c>).
/// Each member is one round trip to the server, and atomic there.
/// </summary>
/// <remarks>
/// Items are copied each way, and compared by their marshalled bytes (<see cref="IndexOf"/>, <see cref="Remove"/>).
/// Enumeration and <see cref="ToArray"/> are snapshots taken in one round trip; an index can be out of range by the
/// time it is used when other processes remove items.
/// </remarks>
/// <typeparam name="T">The item type (marshallable).</typeparam>
public sealed class ManagedList<T> : ManagerProxy, IList<T>, IProcessHandle<ManagedList<T>>
{
    internal ManagedList(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>The number of items.</summary>
    public int Count
    {
        get
        {
            Begin(ManagerOp.ListCount);
            return BitConverter.ToInt32(Call());
        }
    }

    bool ICollection<T>.IsReadOnly => false;

    /// <summary>Gets or sets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public T this[int index]
    {
        get
        {
            Begin(ManagerOp.ListGet).WriteUnmanaged(index);
            return ReadValue<T>(Call(), "a shared list item");
        }

        set
        {
            var writer = Begin(ManagerOp.ListSet);
            writer.WriteUnmanaged(index);
            Marshaller<T>.Default.Write(writer, value);
            Call();
        }
    }

    /// <summary>Appends an item (Python's <c>append</c>).</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        var writer = Begin(ManagerOp.ListAdd);
        Marshaller<T>.Default.Write(writer, item);
        Call();
    }

    /// <summary>Inserts an item at <paramref name="index"/> (0 to <see cref="Count"/>).</summary>
    /// <param name="index">Where.</param>
    /// <param name="item">The item.</param>
    public void Insert(int index, T item)
    {
        var writer = Begin(ManagerOp.ListInsert);
        writer.WriteUnmanaged(index);
        Marshaller<T>.Default.Write(writer, item);
        Call();
    }

    /// <summary>Removes the item at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public void RemoveAt(int index) => Pop(index);

    /// <summary>Removes the item at <paramref name="index"/> and returns it (Python's <c>pop(i)</c>).</summary>
    /// <param name="index">The index.</param>
    /// <returns>The removed item.</returns>
    /// <remarks>As in Python, a negative index counts from the end: <c>Pop(-1)</c> is the last item.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range (Python's <c>IndexError</c>).</exception>
    public T Pop(int index)
    {
        Begin(ManagerOp.ListPop).WriteUnmanaged(index);
        return ReadValue<T>(Call(), "a shared list item");
    }

    /// <summary>Removes the last item and returns it (Python's <c>pop()</c>), atomically.</summary>
    /// <returns>The removed item.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The list is empty (Python's <c>IndexError</c>).</exception>
    public T Pop() => Pop(-1);

    /// <summary>Appends every item of <paramref name="items"/> in one round trip, atomically: no other process's item lands between them (Python's <c>extend</c>).</summary>
    /// <param name="items">The items (read once, before the call).</param>
    /// <returns>The number of items in the list afterwards.</returns>
    public int Extend(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var writer = Begin(ManagerOp.ListExtend);
        WriteItems(writer, items);
        return BitConverter.ToInt32(Call());
    }

    /// <summary>Reverses the items in place on the server, atomically (Python's <c>reverse</c>).</summary>
    public void Reverse()
    {
        Begin(ManagerOp.ListReverse);
        Call();
    }

    /// <summary>The number of items equal to <paramref name="item"/> by marshalled bytes (Python's <c>count(x)</c>).</summary>
    /// <param name="item">The item.</param>
    /// <returns>How many times it occurs.</returns>
    public int CountOf(T item)
    {
        var writer = Begin(ManagerOp.ListCountOf);
        Marshaller<T>.Default.Write(writer, item);
        return BitConverter.ToInt32(Call());
    }

    /// <summary>Sorts the items in place with the default comparer of <typeparamref name="T"/> (Python's <c>sort()</c>).</summary>
    /// <remarks>
    /// The server holds marshalled bytes and cannot compare <typeparamref name="T"/> values, so the items are sorted
    /// here: a snapshot (one round trip), then a conditional replace (one more) that the server applies only if no
    /// write reached the list in between; otherwise the sort starts again. The list is never seen half sorted, and
    /// no concurrent write is lost.
    /// </remarks>
    /// <param name="comparer">The order; null for <see cref="Comparer{T}.Default"/>.</param>
    /// <param name="descending">Python's <c>reverse=True</c>.</param>
    public void Sort(IComparer<T>? comparer = null, bool descending = false)
    {
        comparer ??= Comparer<T>.Default;
        while (true)
        {
            Begin(ManagerOp.ListSnapshot);
            var reader = new MarshalReader(Call());
            long version = reader.ReadUnmanaged<long>();
            var items = ReadItems(ref reader);

            // A stable sort, as Python's.
            var order = items.Select((item, i) => (item, i)).ToArray();
            Array.Sort(order, (a, b) =>
            {
                int c = descending ? comparer.Compare(b.item, a.item) : comparer.Compare(a.item, b.item);
                return c != 0 ? c : a.i.CompareTo(b.i);
            });

            var writer = Begin(ManagerOp.ListReplaceIf);
            writer.WriteUnmanaged(version);
            WriteItems(writer, order.Select(static p => p.item));
            if (Call()[0] != 0)
            {
                return;
            }
        }
    }

    /// <summary>Sorts the items in place by <paramref name="comparison"/>; see <see cref="Sort(IComparer{T}, bool)"/>.</summary>
    /// <param name="comparison">The order.</param>
    public void Sort(Comparison<T> comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Sort(Comparer<T>.Create(comparison));
    }

    /// <summary>Sorts the items in place by a key (Python's <c>sort(key=...)</c>); see <see cref="Sort(IComparer{T}, bool)"/>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">Computes each item's key.</param>
    /// <param name="descending">Python's <c>reverse=True</c>.</param>
    public void SortBy<TKey>(Func<T, TKey> key, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = Comparer<TKey>.Default;
        Sort(Comparer<T>.Create((a, b) => keys.Compare(key(a), key(b))), descending);
    }

    /// <summary>A snapshot of the items as a local list (Python's <c>copy()</c>, or <c>list(proxy)</c>).</summary>
    /// <returns>A new <see cref="List{T}"/>.</returns>
    public List<T> Copy() => [.. ToArray()];

    /// <summary>Writes <c>int32</c> count + (<c>int32</c> length + item)*.</summary>
    internal static void WriteItems(MarshalWriter writer, IEnumerable<T> items)
    {
        var all = items as IReadOnlyCollection<T> ?? items.ToArray();
        writer.WriteUnmanaged(all.Count);
        var marshaller = Marshaller<T>.Default;
        foreach (var item in all)
        {
            int mark = BeginBlock(writer);
            marshaller.Write(writer, item);
            EndBlock(writer, mark);
        }
    }

    private static T[] ReadItems(ref MarshalReader reader)
    {
        // An item is a length word and at least its value's fewest encoded bytes: the array is never larger than the
        // reply can fill (a rogue reply, or a list read as another item type, cannot make it allocate more).
        int count = reader.ReadLengthHeader(sizeof(int) + Marshaller<T>.MinEncodedSize);
        var items = new T[Math.Max(count, 0)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ReadBlockValue<T>(ref reader, "a shared list item");
        }

        reader.EnsureEnd("the items of a shared list");
        return items;
    }

    /// <summary>The index of the first item whose marshalled bytes equal <paramref name="item"/>'s, or -1.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(T item)
    {
        var writer = Begin(ManagerOp.ListIndexOf);
        Marshaller<T>.Default.Write(writer, item);
        return BitConverter.ToInt32(Call());
    }

    /// <summary>Whether an item equal to <paramref name="item"/> (by marshalled bytes) is in the list.</summary>
    /// <param name="item">The item.</param>
    /// <returns>True when present.</returns>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Removes the first item equal to <paramref name="item"/> (by marshalled bytes).</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether one was removed.</returns>
    public bool Remove(T item)
    {
        var writer = Begin(ManagerOp.ListRemove);
        Marshaller<T>.Default.Write(writer, item);
        return Call()[0] != 0;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        Begin(ManagerOp.ListClear);
        Call();
    }

    /// <summary>A snapshot of the items, taken in one round trip.</summary>
    /// <returns>The items.</returns>
    public T[] ToArray()
    {
        Begin(ManagerOp.ListItems);
        var reader = new MarshalReader(Call());
        return ReadItems(ref reader);
    }

    /// <summary>Copies a snapshot into <paramref name="array"/>.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">Where to start.</param>
    public void CopyTo(T[] array, int arrayIndex) => ToArray().CopyTo(array, arrayIndex);

    /// <summary>Enumerates a snapshot of the items.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    string IProcessHandle<ManagedList<T>>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedList<T>>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedList<T> IProcessHandle<ManagedList<T>>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
