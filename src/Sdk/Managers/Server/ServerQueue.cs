using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>A FIFO queue on the server (Python's <c>queue.Queue</c> behind a manager), bounded when its size is above 0.</summary>
internal sealed class ServerQueue : ServerObject
{
    private readonly Queue<byte[]> _items = new();
    private readonly int _maxSize;

    internal ServerQueue(int maxSize) =>
        _maxSize = maxSize >= 0 ? maxSize : throw new ManagerFault(ManagerError.InvalidArgument, $"A queue's maximum size must be 0 (unbounded) or positive, not {maxSize}.");

    internal override ManagerObjectKind Kind => ManagerObjectKind.Queue;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        switch (op)
        {
            case ManagerOp.QueuePut:
            {
                long deadline = ReadDeadline(ref request);
                var item = ReadRest(ref request).ToArray();
                lock (_items)
                {
                    while (_maxSize > 0 && _items.Count >= _maxSize)
                    {
                        if (!connection.Wait(_items, deadline))
                        {
                            throw new ManagerFault(ManagerError.QueueFull, $"The queue is full ({_maxSize} items).");
                        }
                    }

                    _items.Enqueue(item);
                    Monitor.PulseAll(_items);
                }

                break;
            }

            case ManagerOp.QueueGet:
            {
                long deadline = ReadDeadline(ref request);
                lock (_items)
                {
                    while (_items.Count == 0)
                    {
                        if (!connection.Wait(_items, deadline))
                        {
                            throw new ManagerFault(ManagerError.QueueEmpty, "The queue is empty.");
                        }
                    }

                    reply.WriteRaw(_items.Dequeue());
                    Monitor.PulseAll(_items);
                }

                break;
            }

            case ManagerOp.QueueCount:
                lock (_items)
                {
                    reply.WriteUnmanaged(_items.Count);
                }

                break;
            default:
                throw WrongOp(op);
        }
    }
}
