using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Multiprocessing.Managers.Client;
using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing;

/// <summary>
/// A dictionary held by a manager server and shared by every process that has this proxy (Python's
/// <c>manager.dict()</c>). Each member is one round trip to the server, and atomic there.
/// </summary>
/// <remarks>
/// <para>Keys are compared by their marshalled bytes on the server (the server never needs your types): keys that
/// marshal to the same bytes are the same key. Values are copied each way: changing an object you got from the
/// dictionary does not change the stored value until you assign it again (as with Python's proxies).</para>
/// <para><see cref="Keys"/>, <see cref="Values"/> and enumeration are snapshots taken in one round trip.</para>
/// </remarks>
/// <typeparam name="TKey">The key type (marshallable).</typeparam>
/// <typeparam name="TValue">The value type (marshallable).</typeparam>
public sealed class ManagedDictionary<TKey, TValue> : ManagerProxy, IDictionary<TKey, TValue>, IProcessHandle<ManagedDictionary<TKey, TValue>>
    where TKey : notnull
{
    internal ManagedDictionary(ManagerClient client, long objectId) : base(client, objectId)
    {
    }

    /// <summary>The number of entries.</summary>
    public int Count
    {
        get
        {
            Begin(ManagerOp.DictCount);
            return BitConverter.ToInt32(Call());
        }
    }

    /// <summary>A snapshot of the keys.</summary>
    public ICollection<TKey> Keys => Items().Select(static p => p.Key).ToList();

    /// <summary>A snapshot of the values.</summary>
    public ICollection<TValue> Values => Items().Select(static p => p.Value).ToList();

    bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;

    /// <summary>Gets or sets the value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The dictionary has no such key (on get).</exception>
    public TValue this[TKey key]
    {
        get => TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"The shared dictionary has no key '{key}'.");
        set
        {
            BeginEntry(ManagerOp.DictSet, key, value);
            Call();
        }
    }

    /// <summary>Gets the value of <paramref name="key"/>, if present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the key was found.</returns>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        BeginKey(ManagerOp.DictGet, key);
        return TryReadFound(Call(), "a shared dictionary value", out value);
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when present.</returns>
    public bool ContainsKey(TKey key)
    {
        BeginKey(ManagerOp.DictContains, key);
        return Call()[0] != 0;
    }

    /// <summary>Adds an entry; throws when the key is present (use the indexer to add or replace).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(TKey key, TValue value)
    {
        if (!TryAdd(key, value))
        {
            throw new ArgumentException($"The shared dictionary already has the key '{key}'.", nameof(key));
        }
    }

    /// <summary>Adds an entry unless the key is present, atomically.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it was added.</returns>
    public bool TryAdd(TKey key, TValue value)
    {
        BeginEntry(ManagerOp.DictTryAdd, key, value);
        return Call()[0] != 0;
    }

    /// <summary>Returns the value of <paramref name="key"/>, adding <paramref name="value"/> first when the key is absent, atomically (Python's <c>setdefault</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value to add when the key is absent.</param>
    /// <returns>The stored value.</returns>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        BeginEntry(ManagerOp.DictGetOrAdd, key, value);
        return ReadValue<TValue>(Call()[1..], "a shared dictionary value");
    }

    /// <summary>Removes <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it was present.</returns>
    public bool Remove(TKey key) => Remove(key, out _);

    /// <summary>Removes <paramref name="key"/> and returns its value (Python's <c>pop</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The removed value.</param>
    /// <returns>Whether it was present.</returns>
    public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        BeginKey(ManagerOp.DictRemove, key);
        return TryReadFound(Call(), "a shared dictionary value", out value);
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="defaultValue"/> when it is absent (Python's <c>get(key, default)</c>); one round trip.</summary>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when the key is absent.</param>
    /// <returns>The value or the default.</returns>
    public TValue? Get(TKey key, TValue? defaultValue = default) => TryGetValue(key, out var value) ? value : defaultValue;

    /// <summary>Removes <paramref name="key"/> and returns its value (Python's <c>pop(key)</c>), atomically.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The removed value.</returns>
    /// <exception cref="KeyNotFoundException">The key is absent (Python's <c>KeyError</c>).</exception>
    public TValue Pop(TKey key) =>
        Remove(key, out var value) ? value : throw new KeyNotFoundException($"The shared dictionary has no key '{key}'.");

    /// <summary>Removes <paramref name="key"/> and returns its value, or <paramref name="defaultValue"/> when it is absent (Python's <c>pop(key, default)</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when the key is absent.</param>
    /// <returns>The removed value or the default.</returns>
    public TValue? Pop(TKey key, TValue? defaultValue) => Remove(key, out var value) ? value : defaultValue;

    /// <summary>Removes an entry and returns it (Python's <c>popitem()</c>), atomically.</summary>
    /// <remarks>
    /// CPython pops the entry inserted last. The server's dictionary keeps insertion order until an entry is removed;
    /// after removals, which entry comes out is not specified.
    /// </remarks>
    /// <returns>The removed entry.</returns>
    /// <exception cref="KeyNotFoundException">The dictionary is empty (Python's <c>KeyError</c>).</exception>
    public KeyValuePair<TKey, TValue> PopItem() =>
        TryPopItem(out var item) ? item : throw new KeyNotFoundException("popitem(): the shared dictionary is empty.");

    /// <summary>Removes an entry and returns it, if there is one; see <see cref="PopItem"/>.</summary>
    /// <param name="item">The removed entry.</param>
    /// <returns>Whether the dictionary had an entry.</returns>
    public bool TryPopItem(out KeyValuePair<TKey, TValue> item)
    {
        Begin(ManagerOp.DictPopItem);
        var reader = new MarshalReader(Call());
        if (!reader.ReadBoolean())
        {
            item = default;
            return false;
        }

        var key = ReadBlockValue<TKey>(ref reader, "a shared dictionary key");
        var value = Marshaller<TValue>.Default.Read(ref reader);
        reader.EnsureEnd("a shared dictionary value");
        item = new KeyValuePair<TKey, TValue>(key, value);
        return true;
    }

    /// <summary>Sets every entry of <paramref name="items"/> (adding or replacing) in one round trip, atomically (Python's <c>update</c>).</summary>
    /// <param name="items">The entries (read once, before the call); a later duplicate key wins, as in Python.</param>
    public void Update(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        WriteEntries(Begin(ManagerOp.DictUpdate), items);
        Call();
    }

    /// <summary>A snapshot of the entries as a local dictionary (Python's <c>copy()</c>).</summary>
    /// <returns>A new <see cref="Dictionary{TKey, TValue}"/>.</returns>
    public Dictionary<TKey, TValue> Copy() => ToDictionary();

    /// <summary>Begins a request that names a key: the key, as the rest of the request.</summary>
    private void BeginKey(ManagerOp op, TKey key) => Marshaller<TKey>.Default.Write(Begin(op), key);

    /// <summary>Begins a request that carries an entry: the key as a block, then the value as the rest.</summary>
    private void BeginEntry(ManagerOp op, TKey key, TValue value)
    {
        var writer = Begin(op);
        int mark = BeginBlock(writer);
        Marshaller<TKey>.Default.Write(writer, key);
        EndBlock(writer, mark);
        Marshaller<TValue>.Default.Write(writer, value);
    }

    /// <summary>Writes <c>int32</c> count + (key block, value block)*.</summary>
    internal static void WriteEntries(MarshalWriter writer, IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        var all = items as IReadOnlyCollection<KeyValuePair<TKey, TValue>> ?? items.ToArray();
        writer.WriteUnmanaged(all.Count);
        foreach (var (key, value) in all)
        {
            int mark = BeginBlock(writer);
            Marshaller<TKey>.Default.Write(writer, key);
            EndBlock(writer, mark);
            mark = BeginBlock(writer);
            Marshaller<TValue>.Default.Write(writer, value);
            EndBlock(writer, mark);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        Begin(ManagerOp.DictClear);
        Call();
    }

    /// <summary>A snapshot of the entries, taken in one round trip.</summary>
    /// <returns>The entries.</returns>
    public KeyValuePair<TKey, TValue>[] ToArray() => Items();

    /// <summary>A snapshot of the entries as a local dictionary (Python's <c>dict(proxy)</c>).</summary>
    /// <returns>A new <see cref="Dictionary{TKey, TValue}"/>.</returns>
    public Dictionary<TKey, TValue> ToDictionary() => new(Items());

    /// <summary>Enumerates a snapshot of the entries.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<TKey, TValue>>)Items()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => Items().CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) =>
        ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(item) && Remove(item.Key);

    private KeyValuePair<TKey, TValue>[] Items()
    {
        Begin(ManagerOp.DictItems);
        var reader = new MarshalReader(Call());
        // An entry is two length words and at least its key's and value's fewest encoded bytes (see ManagedList.ToArray).
        int count = reader.ReadLengthHeader((2 * sizeof(int)) + Marshaller<TKey>.MinEncodedSize + Marshaller<TValue>.MinEncodedSize);
        var items = new KeyValuePair<TKey, TValue>[Math.Max(count, 0)];
        for (int i = 0; i < items.Length; i++)
        {
            var key = ReadBlockValue<TKey>(ref reader, "a shared dictionary key");
            var value = ReadBlockValue<TValue>(ref reader, "a shared dictionary value");
            items[i] = new KeyValuePair<TKey, TValue>(key, value);
        }

        reader.EnsureEnd("the entries of a shared dictionary");
        return items;
    }

    /// <inheritdoc />
    string IProcessHandle<ManagedDictionary<TKey, TValue>>.Name => ManagerAddress;

    /// <inheritdoc />
    void IProcessHandle<ManagedDictionary<TKey, TValue>>.WriteAttachData(MarshalWriter writer) => WriteAttachData(writer);

    /// <inheritdoc />
    static ManagedDictionary<TKey, TValue> IProcessHandle<ManagedDictionary<TKey, TValue>>.Attach(string name, ref MarshalReader data) => new(AttachClient(name, ref data, out long objectId), objectId);
}
