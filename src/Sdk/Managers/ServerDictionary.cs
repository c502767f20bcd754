using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers;

/// <summary>A shared dictionary on the server: marshalled keys (compared by their bytes) to marshalled values.</summary>
internal sealed class ServerDictionary : ServerObject
{
    private readonly Dictionary<ByteKey, byte[]> _items = new(ByteKeyComparer.Instance);
    private readonly Dictionary<ByteKey, byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    internal ServerDictionary() => _lookup = _items.GetAlternateLookup<ReadOnlySpan<byte>>();

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
                    reply.Write(found);
                    if (found)
                    {
                        reply.WriteRaw(value);
                    }

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
                    reply.Write(removed);
                    if (removed)
                    {
                        reply.WriteRaw(value);
                    }

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

                default:
                    throw WrongOp(op);
            }
        }
    }
}
