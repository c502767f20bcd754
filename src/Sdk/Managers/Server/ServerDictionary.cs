using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>A shared dictionary on the server: marshalled keys (compared by their bytes) to marshalled values.</summary>
internal sealed class ServerDictionary : ServerObject
{
    private readonly Dictionary<ByteKey, byte[]> _items = new(ByteKeyComparer.Instance);
    private readonly Dictionary<ByteKey, byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    internal ServerDictionary() => _lookup = _items.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>A dictionary created with its first items: <c>int32</c> count + (key block, value block)*; nothing for an empty one.</summary>
    internal ServerDictionary(ref MarshalReader contents)
        : this()
    {
        if (contents.Remaining > 0)
        {
            Update(ref contents);
        }
    }

    internal override ManagerObjectKind Kind => ManagerObjectKind.Dictionary;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (_items)
        {
            switch (op)
            {
                case ManagerOp.DictGet:
                {
                    bool found = _lookup.TryGetValue(ReadRest(ref request), out var value);
                    WriteFound(reply, found, value);
                    break;
                }

                case ManagerOp.DictSet:
                {
                    var key = ReadBlock(ref request);
                    var value = ReadRest(ref request);
                    if (_lookup.TryGetValue(key, out var existing) && existing.Length == value.Length)
                    {
                        value.CopyTo(existing); // d[k] = v on an existing key of the same size: no allocation
                    }
                    else
                    {
                        _lookup[key] = value.ToArray();
                    }

                    break;
                }

                case ManagerOp.DictRemove:
                {
                    bool removed = _lookup.Remove(ReadRest(ref request), out _, out var value);
                    WriteFound(reply, removed, value);
                    break;
                }

                case ManagerOp.DictContains:
                    reply.Write(_lookup.ContainsKey(ReadRest(ref request)));
                    break;
                case ManagerOp.DictCount:
                    reply.WriteUnmanaged(_items.Count);
                    break;
                case ManagerOp.DictClear:
                    _items.Clear();
                    break;
                case ManagerOp.DictItems:
                    reply.WriteUnmanaged(_items.Count);
                    foreach (var (key, value) in _items)
                    {
                        WriteBlock(reply, key.Bytes);
                        WriteBlock(reply, value);
                    }

                    break;
                case ManagerOp.DictGetOrAdd:
                {
                    var key = ReadBlock(ref request);
                    var value = ReadRest(ref request);
                    if (_lookup.TryGetValue(key, out var existing))
                    {
                        reply.Write(false);
                        reply.WriteRaw(existing);
                    }
                    else
                    {
                        _lookup[key] = value.ToArray();
                        reply.Write(true);
                        reply.WriteRaw(value);
                    }

                    break;
                }

                case ManagerOp.DictTryAdd:
                {
                    var key = ReadBlock(ref request);
                    var value = ReadRest(ref request);
                    bool added = !_lookup.ContainsKey(key);
                    if (added)
                    {
                        _lookup[key] = value.ToArray();
                    }

                    reply.Write(added);
                    break;
                }

                case ManagerOp.DictUpdate:
                    Update(ref request);
                    break;
                case ManagerOp.DictPopItem:
                {
                    // CPython pops the last item inserted; a .NET Dictionary keeps insertion order until a removal, and
                    // after one this is some item (the caller cannot rely on which).
                    bool found = _items.Count > 0;
                    reply.Write(found);
                    if (found)
                    {
                        var (key, value) = _items.Last();
                        _items.Remove(key);
                        WriteBlock(reply, key.Bytes);
                        reply.WriteRaw(value);
                    }

                    break;
                }

                default:
                    throw WrongOp(op);
            }
        }
    }

    /// <summary>Sets every pair of <c>int32</c> count + (key block, value block)*, as Python's <c>update</c>.</summary>
    private void Update(ref MarshalReader request)
    {
        int count = request.ReadUnmanaged<int>();
        if (count < 0 || count > request.Remaining / (2 * sizeof(int)))
        {
            throw new ManagerFault(ManagerError.Protocol, $"Malformed request: {count} pairs announced in {request.Remaining} bytes.");
        }

        for (int i = 0; i < count; i++)
        {
            var key = ReadBlock(ref request);
            _lookup[key] = ReadBlock(ref request).ToArray();
        }
    }
}
