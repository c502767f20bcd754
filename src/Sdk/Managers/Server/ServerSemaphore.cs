using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>A counting semaphore on the server; bounded (Python's <c>BoundedSemaphore</c>) when its maximum is above 0.</summary>
internal sealed class ServerSemaphore : ServerObject
{
    private readonly int _max;
    private int _value;

    internal ServerSemaphore(int initial, int max)
    {
        if (initial < 0 || max < 0 || (max > 0 && initial > max))
        {
            throw new ManagerFault(ManagerError.InvalidArgument, $"A semaphore needs 0 <= initial value ({initial}) and, when bounded, initial <= maximum ({max}).");
        }

        _value = initial;
        _max = max;
    }

    internal override ManagerObjectKind Kind => ManagerObjectKind.Semaphore;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (this)
        {
            switch (op)
            {
                case ManagerOp.SemaphoreAcquire:
                {
                    long deadline = ReadDeadline(ref request);
                    bool acquired = true;
                    while (_value == 0)
                    {
                        if (!connection.Wait(this, deadline))
                        {
                            acquired = false;
                            break;
                        }
                    }

                    if (acquired)
                    {
                        _value--;
                    }

                    reply.Write(acquired);
                    break;
                }

                case ManagerOp.SemaphoreRelease:
                {
                    int count = request.ReadUnmanaged<int>();
                    if (count < 1)
                    {
                        throw new ManagerFault(ManagerError.InvalidArgument, $"A semaphore is released by 1 or more, not {count}.");
                    }

                    if (_max > 0 && (long)_value + count > _max)
                    {
                        throw new ManagerFault(ManagerError.InvalidOperation, $"The bounded semaphore was released too many times: its value would exceed its maximum of {_max}.");
                    }

                    _value += count;
                    Monitor.PulseAll(this);
                    break;
                }

                case ManagerOp.SemaphoreValue:
                    reply.WriteUnmanaged(_value);
                    break;
                default:
                    throw WrongOp(op);
            }
        }
    }
}
