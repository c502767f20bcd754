using System.Collections;
using Multiprocessing.Managers;
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
[ProcessMarshaller(typeof(SharedListMarshaller<>))]
public sealed class SharedList<T> : ManagerProxy, IList<T>
{
    internal SharedList(ManagerClient client, long objectId) : base(client, objectId)
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
    public T Pop(int index)
    {
        Begin(ManagerOp.ListRemoveAt).WriteUnmanaged(index);
        return ReadValue<T>(Call(), "a shared list item");
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

    /// <summary>Copies a snapshot into <paramref name="array"/>.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">Where to start.</param>
    public void CopyTo(T[] array, int arrayIndex) => ToArray().CopyTo(array, arrayIndex);

    /// <summary>Enumerates a snapshot of the items.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
