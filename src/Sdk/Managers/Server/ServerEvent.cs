using Multiprocessing.Managers.Protocol;
using Multiprocessing.Marshalling;

namespace Multiprocessing.Managers.Server;

/// <summary>An event on the server (Python's <c>threading.Event</c> behind a manager).</summary>
internal sealed class ServerEvent : ServerObject
{
    private bool _set;

    internal override ManagerObjectKind Kind => ManagerObjectKind.Event;

    internal override void Handle(ManagerOp op, ref MarshalReader request, MarshalWriter reply, ServerConnection connection)
    {
        lock (this)
        {
            switch (op)
            {
                case ManagerOp.EventSet:
                    _set = true;
                    Monitor.PulseAll(this);
                    break;
                case ManagerOp.EventClear:
                    _set = false;
                    break;
                case ManagerOp.EventIsSet:
                    reply.Write(_set);
                    break;
                case ManagerOp.EventWait:
                {
                    long deadline = ReadDeadline(ref request);
                    while (!_set && connection.Wait(this, deadline))
                    {
                    }

                    reply.Write(_set);
                    break;
                }

                default:
                    throw WrongOp(op);
            }
        }
    }
}
