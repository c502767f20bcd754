using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>A shared list on the server: marshalled items in order.</summary>
internal sealed class ServerList : ServerObject
{
    private readonly List<byte[]> _items = [];
    private long _version; // changes with every write: a snapshot's version tells ReplaceIf whether the list moved since

    internal ServerList()
    {
    }

    /// <summary>A list created with its first items: <c>int32</c> count + (<c>int32</c> length + item)*; nothing for an empty one.</summary>
    internal ServerList(ref MarshalReader contents)
    {
        if (contents.Remaining > 0)
        {
            ReadItems(ref contents, _items);
        }
    }

    internal override ManagerObjectKind Kind => ManagerObjectKind.List;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (_items)
        {
            if (op is not (ManagerOp.ListGet or ManagerOp.ListCount or ManagerOp.ListItems or ManagerOp.ListIndexOf or ManagerOp.ListCountOf or ManagerOp.ListSnapshot or ManagerOp.ListReplaceIf))
            {
                _version++;
            }

            switch (op)
            {
                case ManagerOp.ListGet:
                    reply.WriteRaw(_items[CheckIndex(request.ReadUnmanaged<int>(), _items.Count)]);
                    break;
                case ManagerOp.ListSet:
                {
                    int index = CheckIndex(request.ReadUnmanaged<int>(), _items.Count);
                    _items[index] = ReadRest(ref request).ToArray();
                    break;
                }

                case ManagerOp.ListAdd:
                    _items.Add(ReadRest(ref request).ToArray());
                    reply.WriteUnmanaged(_items.Count);
                    break;
                case ManagerOp.ListInsert:
                {
                    int index = CheckIndex(request.ReadUnmanaged<int>(), _items.Count + 1);
                    _items.Insert(index, ReadRest(ref request).ToArray());
                    break;
                }

                case ManagerOp.ListRemoveAt:
                {
                    int index = CheckIndex(request.ReadUnmanaged<int>(), _items.Count);
                    reply.WriteRaw(_items[index]);
                    _items.RemoveAt(index);
                    break;
                }

                case ManagerOp.ListCount:
                    reply.WriteUnmanaged(_items.Count);
                    break;
                case ManagerOp.ListClear:
                    _items.Clear();
                    break;
                case ManagerOp.ListItems:
                    reply.WriteUnmanaged(_items.Count);
                    foreach (var item in _items)
                    {
                        WriteBlock(reply, item);
                    }

                    break;
                case ManagerOp.ListIndexOf:
                    reply.WriteUnmanaged(IndexOf(ReadRest(ref request)));
                    break;
                case ManagerOp.ListRemove:
                {
                    int index = IndexOf(ReadRest(ref request));
                    if (index >= 0)
                    {
                        _items.RemoveAt(index);
                    }

                    reply.Write(index >= 0);
                    break;
                }

                case ManagerOp.ListExtend:
                    ReadItems(ref request, _items);
                    reply.WriteUnmanaged(_items.Count);
                    break;
                case ManagerOp.ListReverse:
                    _items.Reverse();
                    break;
                case ManagerOp.ListCountOf:
                {
                    var value = ReadRest(ref request);
                    int count = 0;
                    foreach (var item in _items)
                    {
                        count += value.SequenceEqual(item) ? 1 : 0;
                    }

                    reply.WriteUnmanaged(count);
                    break;
                }

                case ManagerOp.ListPop:
                {
                    // Python's pop(i): a negative index counts from the end.
                    int index = request.ReadUnmanaged<int>();
                    index = CheckIndex(index < 0 ? index + _items.Count : index, _items.Count);
                    reply.WriteRaw(_items[index]);
                    _items.RemoveAt(index);
                    break;
                }

                case ManagerOp.ListSnapshot:
                    reply.WriteUnmanaged(_version);
                    reply.WriteUnmanaged(_items.Count);
                    foreach (var item in _items)
                    {
                        WriteBlock(reply, item);
                    }

                    break;
                case ManagerOp.ListReplaceIf:
                {
                    // The second half of a read-modify-write (Sort): applied only if nothing wrote since the snapshot.
                    bool unchanged = request.ReadUnmanaged<long>() == _version;
                    var items = new List<byte[]>();
                    ReadItems(ref request, items);
                    if (unchanged)
                    {
                        _items.Clear();
                        _items.AddRange(items);
                        _version++;
                    }

                    reply.Write(unchanged);
                    break;
                }

                default:
                    throw WrongOp(op);
            }
        }
    }

    private static void ReadItems(ref MarshalReader request, List<byte[]> into)
    {
        int count = request.ReadUnmanaged<int>();
        if (count < 0 || count > request.Remaining / sizeof(int))
        {
            throw new ManagerFault(ManagerError.Protocol, $"Malformed request: {count} items announced in {request.Remaining} bytes.");
        }

        into.Capacity = Math.Max(into.Capacity, into.Count + count);
        for (int i = 0; i < count; i++)
        {
            into.Add(ReadBlock(ref request).ToArray());
        }
    }

    private int IndexOf(ReadOnlySpan<byte> value)
    {
        for (int i = 0; i < _items.Count; i++)
        {
            if (value.SequenceEqual(_items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int CheckIndex(int index, int limit) =>
        (uint)index < (uint)limit
            ? index
            : throw new ManagerFault(ManagerError.IndexOutOfRange, $"Index {index} is out of range: the shared list has {(limit == 0 ? 0 : limit)} item(s) at this moment.");
}
