using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers;

/// <summary>A shared list on the server: marshalled items in order.</summary>
internal sealed class ServerList : ServerObject
{
    private readonly List<byte[]> _items = [];

    internal override ManagerObjectKind Kind => ManagerObjectKind.List;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (_items)
        {
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

                default:
                    throw WrongOp(op);
            }
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
